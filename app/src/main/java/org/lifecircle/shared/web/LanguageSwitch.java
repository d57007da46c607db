package org.lifecircle.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The top bar's language link: the same page with the same filters, in the other language.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LanguageSwitch {

    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "zh-CN" : "en";
        // relative, so it stays right behind a reverse proxy; the query string is already encoded
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", other)
                .build().toUriString();
    }
}
