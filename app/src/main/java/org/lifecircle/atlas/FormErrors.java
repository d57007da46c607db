package org.lifecircle.atlas;

import java.util.function.Supplier;

import org.lifecircle.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a service's rule violations on the form fields they concern, to show beside them. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * The usual form submission: show the form again on validation errors; otherwise save, and
     * if the service refuses the input, show the form again with its problems on the fields.
     *
     * @param save     saves and returns the view to go to (a redirect)
     * @param showForm returns the form view, with what it needs in the model
     */
    public static String submit(BindingResult result, Supplier<String> save, Supplier<String> showForm) {
        if (result.hasErrors()) {
            return showForm.get();
        }
        try {
            return save.get();
        } catch (InvalidInputException e) {
            reject(result, e);
            return showForm.get();
        }
    }

    public static void reject(BindingResult result, InvalidInputException e) {
        for (InvalidInputException.FieldProblem problem : e.problems()) {
            result.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
        }
    }
}
