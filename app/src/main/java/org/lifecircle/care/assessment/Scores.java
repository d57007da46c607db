package org.lifecircle.care.assessment;

import java.util.ArrayList;
import java.util.List;

import org.lifecircle.shared.InvalidInputException;

/** The four dimension scores of one assessment, each checked against its range. */
public record Scores(Integer selfCare, Integer basicMotor, Integer mentalState, Integer perceptionSocial) {

    /** @throws InvalidInputException naming every missing or out-of-range score */
    public Scores checked() {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        check(Dimension.SELF_CARE, selfCare, problems);
        check(Dimension.BASIC_MOTOR, basicMotor, problems);
        check(Dimension.MENTAL_STATE, mentalState, problems);
        check(Dimension.PERCEPTION_SOCIAL, perceptionSocial, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return this;
    }

    public int total() {
        checked();
        return selfCare + basicMotor + mentalState + perceptionSocial;
    }

    public CareLevel level() {
        return CareLevel.ofTotal(total());
    }

    private static void check(Dimension dimension, Integer score, List<InvalidInputException.FieldProblem> problems) {
        if (score == null) {
            problems.add(new InvalidInputException.FieldProblem(dimension.field(), "care.assessment.score.required"));
        } else if (score < 0 || score > dimension.max()) {
            problems.add(new InvalidInputException.FieldProblem(dimension.field(), "care.assessment.score.range",
                    dimension.max()));
        }
    }
}
