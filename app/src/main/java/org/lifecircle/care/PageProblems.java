package org.lifecircle.care;

import java.util.List;
import java.util.Locale;

import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bad input as lines for a page ("the field's label: what is wrong", in the reader's language), and a form action that
 * hands its bad input or lost race to the page it redirects to.
 */
public final class PageProblems {

    private PageProblems() {
    }

    public static List<String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        return e.problems().stream().map(p -> messages.getMessage("care.field." + p.field(), null, p.field(), locale) + ": "
                + messages.getMessage(p.messageKey(), p.args(), locale)).toList();
    }

    /**
     * Runs a form's action. Bad input, or a race lost to another user (a 409 in the API), becomes the flash attribute
     * {@code problems} for the page the form redirects to, so the user reads what went wrong instead of an error page.
     */
    public static void attempt(RedirectAttributes redirect, MessageSource messages, Locale locale, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", of(e, messages, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(messages.getMessage(e.messageKey(), e.args(), locale)));
        }
    }
}
