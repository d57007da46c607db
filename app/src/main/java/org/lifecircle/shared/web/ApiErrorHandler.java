package org.lifecircle.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as RFC 9457 problem details with a message in the caller's language
 * and, for input errors, a {@code problems} list naming each field. No stack trace leaves the
 * server: unexpected errors are logged with a reference the user can quote.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final MessageSource messages;

    ApiErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        String what = messages.getMessage(e.what(), null, e.what(), locale);
        return problem(HttpStatus.NOT_FOUND, messages.getMessage("error.notFound.record",
                new Object[] {what, String.valueOf(e.id())}, locale));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, messages.getMessage(e.messageKey(), e.args(), locale));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        List<Map<String, String>> problems = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), p.args(), locale)))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, problems.get(0).get("message"));
        problem.setProperty("problems", problems);
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail notValid(MethodArgumentNotValidException e, Locale locale) {
        List<Map<String, String>> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, messages.getMessage("error.validation", null, locale));
        problem.setProperty("problems", problems);
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage("error.unreadable", null, locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, messages.getMessage("error.forbidden", null, locale));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse response) {
            // Spring's own 4xx (method not allowed, missing parameter, ...): keep its status
            ProblemDetail problem = response.getBody();
            problem.setDetail(messages.getMessage("error.badRequest", new Object[] {problem.getTitle()}, locale));
            return ResponseEntity.status(response.getStatusCode()).body(problem);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("error.internal", new Object[] {reference}, locale)));
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
