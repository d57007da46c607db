package org.lifecircle.care;

import java.util.List;
import java.util.Locale;

import org.lifecircle.shared.InvalidInputException;
import org.springframework.context.MessageSource;

/** Bad input as lines for a page: "the field's label: what is wrong", in the reader's language. */
public final class PageProblems {

    private PageProblems() {
    }

    public static List<String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        return e.problems().stream().map(p -> messages.getMessage("care.field." + p.field(), null, p.field(), locale) + ": "
                + messages.getMessage(p.messageKey(), p.args(), locale)).toList();
    }
}
