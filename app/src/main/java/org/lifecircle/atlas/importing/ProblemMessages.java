package org.lifecircle.atlas.importing;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says import problems in the reader's language: the edge between the service and the web. */
@Component
public class ProblemMessages {

    /** A problem as the user sees it. */
    public record Line(String file, int row, String field, String message) {
    }

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public List<Line> lines(List<ImportProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new Line(p.file(), p.row(), p.field(),
                        messages.getMessage(p.messageKey(), p.argsArray(), p.messageKey(), locale)))
                .toList();
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
