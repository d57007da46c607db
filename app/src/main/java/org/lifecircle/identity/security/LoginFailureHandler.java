package org.lifecircle.identity.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Back to the login page with the reason kept in the session, and the username kept in the form. */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String LAST_USERNAME = LoginFailureHandler.class.getName() + ".username";

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        request.getSession().setAttribute(LAST_USERNAME, username == null ? "" : username.strip());
        super.onAuthenticationFailure(request, response, exception);
    }
}
