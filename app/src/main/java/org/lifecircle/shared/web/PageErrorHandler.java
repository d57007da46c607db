package org.lifecircle.shared.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for without a parameter it needs, or with one that cannot be read (a hand-edited address, an old
 * link): the error page in the reader's language, naming the parameter. Without this, Spring Boot's problem-details
 * handler would show the browser a JSON answer in English. The JSON API keeps its own handler, {@link ApiErrorHandler},
 * which is consulted first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageErrorHandler {

    private final MessageSource messages;

    PageErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({ServletRequestBindingException.class, TypeMismatchException.class})
    ModelAndView badParameter(Exception e, Locale locale) {
        String problem;
        if (e instanceof MissingServletRequestParameterException missing) {
            problem = messages.getMessage("error.parameter.missing", new Object[] {missing.getParameterName()}, locale);
        } else if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            problem = messages.getMessage("error.parameter.invalid", new Object[] {mismatch.getName()}, locale);
        } else {
            problem = messages.getMessage("error.unreadable", null, locale);
        }
        HttpStatus status = e instanceof ErrorResponse response ? HttpStatus.valueOf(response.getStatusCode().value())
                : HttpStatus.BAD_REQUEST;
        return new ModelAndView("error", Map.of("status", status.value(), "error", problem), status);
    }
}
