package org.lifecircle.atlas;

import org.lifecircle.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a service's rule violations on the form fields they concern, to show beside them. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, InvalidInputException e) {
        for (InvalidInputException.FieldProblem problem : e.problems()) {
            result.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
        }
    }
}
