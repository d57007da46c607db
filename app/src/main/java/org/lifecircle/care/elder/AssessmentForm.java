package org.lifecircle.care.elder;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.lifecircle.care.assessment.Scores;
import org.springframework.format.annotation.DateTimeFormat;

/** An ability assessment as entered: the four dimension scores, who assessed, and when. */
public class AssessmentForm {

    private Integer selfCare;
    private Integer basicMotor;
    private Integer mentalState;
    private Integer perceptionSocial;
    @NotBlank @Size(max = 60)
    private String assessor;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;

    public Scores scores() {
        return new Scores(selfCare, basicMotor, mentalState, perceptionSocial);
    }

    public Integer getSelfCare() { return selfCare; }
    public void setSelfCare(Integer selfCare) { this.selfCare = selfCare; }
    public Integer getBasicMotor() { return basicMotor; }
    public void setBasicMotor(Integer basicMotor) { this.basicMotor = basicMotor; }
    public Integer getMentalState() { return mentalState; }
    public void setMentalState(Integer mentalState) { this.mentalState = mentalState; }
    public Integer getPerceptionSocial() { return perceptionSocial; }
    public void setPerceptionSocial(Integer perceptionSocial) { this.perceptionSocial = perceptionSocial; }
    public String getAssessor() { return assessor; }
    public void setAssessor(String assessor) { this.assessor = assessor; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
}
