package org.lifecircle.identity.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** API calls without (valid) credentials: 401 problem detail, and a hint to use a bearer token. */
class ApiEntryPoint implements AuthenticationEntryPoint {

    /** Request attribute set by the token filter when a token was presented but refused. */
    static final String INVALID_TOKEN = ApiEntryPoint.class.getName() + ".invalidToken";

    private final ProblemWriter problems;

    ApiEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean invalidToken = request.getAttribute(INVALID_TOKEN) != null;
        response.setHeader("WWW-Authenticate", invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                invalidToken ? "identity.problem.tokenInvalid" : "identity.problem.unauthorized", Map.of());
    }
}
