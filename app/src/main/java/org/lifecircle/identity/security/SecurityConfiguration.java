package org.lifecircle.identity.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import java.util.LinkedHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.lifecircle.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Who may call what. Pages: form login with CSRF. API: the same session (with CSRF) or a bearer
 * token (no CSRF: a browser never adds one on its own). The registry is public information, so
 * reading it needs no login; writing needs a staff account, and which community or center a staff
 * member may change is decided by the owning module through {@code Actor}, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** Every role but RESIDENT and CAREGIVER (a caregiver works for a care station, not the district). */
    static final String[] STAFF = Arrays.stream(Role.values()).filter(r -> r != Role.RESIDENT && r != Role.CAREGIVER)
            .map(Role::name).toArray(String[]::new);

    /**
     * Home care holds elders' personal information: only the roles that work with it, reading too.
     * Which elders each may see (own community, own station) is decided by the care module.
     */
    static final String[] CARE = {Role.CARE_DISPATCHER.name(), Role.COMMUNITY_STAFF.name(), Role.CAREGIVER.name(),
            Role.DISTRICT_ADMIN.name()};

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; hashes with another {id} keep working and are upgraded on login
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it does not keep them forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PasswordAuthenticator authenticator,
                                            ApiTokens tokens, ProblemWriter problems, ThymeleafViewResolver views,
                                            LocaleResolver locales, SessionRegistry sessions) throws Exception {
        ApiEntryPoint apiEntryPoint = new ApiEntryPoint(problems);
        RequestMatcher api = ProblemWriter::isApi;
        RequestMatcher tokenIssuing = request -> "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/api/v1/auth/tokens");
        // a merchant's app or a terminal proposing a directory change has no session, so nothing for a forged request
        // to ride on: no CSRF token needed then (a browser page with a session still sends one)
        RequestMatcher sessionlessProposal = request -> "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/api/v1/directory/proposals")
                && request.getSession(false) == null;

        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(new OrRequestMatcher(api, BearerTokenFilter.HAS_BEARER), apiEntryPoint);
        // an htmx fragment must not swap the login page into the middle of a page: send the whole page there
        entryPoints.put(request -> request.getHeader("HX-Request") != null, (request, response, e) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        });
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));

        http.authenticationManager(new ProviderManager(authenticator.asProvider()))
                .addFilterBefore(new BearerTokenFilter(tokens, apiEntryPoint), UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter.HAS_BEARER, tokenIssuing, sessionlessProposal))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        // the planning workspace and its analyses are for planners
                        .requestMatchers("/planning/**", "/api/v1/planning/**").hasAnyRole(Role.DISTRICT_ADMIN.name(), Role.PLANNER.name())
                        // elders' personal information: the care roles only, GET included (unlike the public registry)
                        // a resident linked to an elder (family, or the elder's own account) files requests for them,
                        // follows their visits and rates them (the API and the one page, /family/care)
                        .requestMatchers("/api/v1/care/family/**", "/family/care", "/family/care/**").hasRole(Role.RESIDENT.name())
                        .requestMatchers("/care", "/care/**", "/api/v1/care/**").hasAnyRole(CARE)
                        // the build-out programme is internal planning: staff only, reading too
                        .requestMatchers("/programme/**", "/api/v1/programme/**").hasAnyRole(STAFF)
                        // a community portal is public; its management pages are for staff (scope checked by the module)
                        .requestMatchers("/c/*/manage", "/c/*/manage/**", "/directory/**").hasAnyRole(STAFF)
                        // anyone, a merchant too, may propose a change to the directory; staff decide on it
                        .requestMatchers(POST, "/api/v1/directory/proposals").permitAll()
                        // the registry is public, its edit forms are staff pages
                        .requestMatchers(GET, "/atlas/*/new", "/atlas/*/*/edit", "/atlas/import").hasAnyRole(STAFF)
                        .requestMatchers(GET, "/", "/atlas/**", "/c", "/c/**", "/images/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/actuator/health",
                                "/actuator/health/**", "/api/v1/**", "/login", "/error").permitAll()
                        .requestMatchers(POST, "/api/v1/auth/tokens").permitAll()
                        .requestMatchers(DELETE, "/api/v1/auth/tokens/current").authenticated()
                        .requestMatchers("/admin/**").hasRole(Role.DISTRICT_ADMIN.name())
                        .requestMatchers(POST, "/api/**").hasAnyRole(STAFF)
                        .requestMatchers(PUT, "/api/**").hasAnyRole(STAFF)
                        .requestMatchers(PATCH, "/api/**").hasAnyRole(STAFF)
                        .requestMatchers(DELETE, "/api/**").hasAnyRole(STAFF)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailureHandler()).permitAll())
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredSessionStrategy(expired -> entryPoint.commence(expired.getRequest(), expired.getResponse(),
                                new SessionAuthenticationException("session expired"))))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new DeniedHandler(problems, apiEntryPoint, views, locales)));
        return http.build();
    }

    /** After login, go back to the page the user wanted: pages only, not API calls or htmx fragments. */
    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !ProblemWriter.isApi(request)
                && request.getHeader("HX-Request") == null && BearerTokenFilter.token(request) == null);
        return cache;
    }
}
