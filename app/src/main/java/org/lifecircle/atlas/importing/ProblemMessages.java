package org.lifecircle.atlas.importing;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

    /**
     * The answer to a rejected file: 422 with {@code detailKey} (its argument: the number of problems) and every
     * problem as a {@link Line}.
     */
    public ResponseEntity<ProblemDetail> rejected(String detailKey, List<ImportProblem> problems, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                message(detailKey, locale, problems.size()));
        problem.setProperty("problems", lines(problems, locale));
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
