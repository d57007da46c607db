package org.lifecircle.identity.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Refusals. The API answers with a problem detail: 401 when nobody is logged in (a missing CSRF
 * token on an anonymous call means "log in or send a bearer token", not "forbidden"), else 403.
 * Pages show the localized 403 page, except a login form whose session expired, which goes back to
 * the login page with a message instead of a dead end.
 */
class DeniedHandler implements AccessDeniedHandler {

    private final ProblemWriter problems;
    private final ApiEntryPoint entryPoint;
    private final ViewResolver views;
    private final LocaleResolver locales;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    DeniedHandler(ProblemWriter problems, ApiEntryPoint entryPoint, ViewResolver views, LocaleResolver locales) {
        this.problems = problems;
        this.entryPoint = entryPoint;
        this.views = views;
        this.locales = locales;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        boolean anonymous = trust.isAnonymous(SecurityContextHolder.getContext().getAuthentication())
                || SecurityContextHolder.getContext().getAuthentication() == null;
        if (ProblemWriter.isApi(request)) {
            if (anonymous) {
                entryPoint.commence(request, response, new InsufficientAuthenticationException(e.getMessage(), e));
            } else {
                problems.write(request, response, HttpStatus.FORBIDDEN,
                        e instanceof CsrfException ? "identity.problem.csrf" : "identity.problem.forbidden", Map.of());
            }
        } else if (e instanceof CsrfException && isLoginForm(request)) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        } else if (!response.isCommitted()) {
            forbiddenPage(request, response, e);
        }
    }

    /**
     * Rendered here rather than by a forward to a controller: the refusal may come before Spring
     * MVC has set up the request, so the locale resolver is attached the way the dispatcher would.
     */
    private void forbiddenPage(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        try {
            View view = views.resolveViewName("identity/forbidden", locales.resolveLocale(request));
            // a stale or missing CSRF token is not a matter of rights: the page says to reload
            view.render(Map.of("csrf", e instanceof CsrfException), request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new ServletException(failure);
        }
    }

    private static boolean isLoginForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
    }
}
