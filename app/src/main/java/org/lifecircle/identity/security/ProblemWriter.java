package org.lifecircle.identity.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes RFC 9457 problem details from the security filters, which run before Spring MVC: the
 * detail is in the caller's language (the same locale resolver as the pages).
 */
@Component
class ProblemWriter {

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemWriter(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detailKey, Object... args) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, args, locale));
        problem.setTitle(messages.getMessage("identity.problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
               Map<String, Object> properties, Object... args) throws IOException {
        ProblemDetail problem = problem(request, status, detailKey, args);
        properties.forEach(problem::setProperty);
        write(request, response, problem);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
