package org.lifecircle.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} authenticates the one request (stateless: the context is
 * never saved to a session). A refused token ends the request with 401 rather than falling back
 * to anonymous, so a client learns at once that its token is dead.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";
    static final RequestMatcher HAS_BEARER = request -> token(request) != null;

    private final ApiTokens tokens;
    private final ApiEntryPoint entryPoint;

    BearerTokenFilter(ApiTokens tokens, ApiEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() <= PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        return header.substring(PREFIX.length()).strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        var authentication = tokens.authenticate(token);
        if (authentication.isEmpty()) {
            SecurityContextHolder.clearContext();
            request.setAttribute(ApiEntryPoint.INVALID_TOKEN, Boolean.TRUE);
            entryPoint.commence(request, response, new BadCredentialsException("invalid bearer token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
