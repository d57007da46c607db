package org.lifecircle.care.elder;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A separate consent to process sensitive personal information (PIPL art. 29): given by the elder or, for an elder
 * who cannot, a guardian (art. 31 for minors; for adults without capacity the guardian acts), for a stated purpose.
 */
public class ConsentForm {

    @NotNull
    private Consent.GivenBy givenBy = Consent.GivenBy.ELDER;
    @Size(max = 60)
    private String guardianName;
    @Size(max = 30)
    private String guardianRelation;
    @NotBlank @Size(max = 500)
    private String purpose;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate givenOn;

    public Consent.GivenBy getGivenBy() { return givenBy; }
    public void setGivenBy(Consent.GivenBy givenBy) { this.givenBy = givenBy; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String guardianName) { this.guardianName = guardianName; }
    public String getGuardianRelation() { return guardianRelation; }
    public void setGuardianRelation(String guardianRelation) { this.guardianRelation = guardianRelation; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public LocalDate getGivenOn() { return givenOn; }
    public void setGivenOn(LocalDate givenOn) { this.givenOn = givenOn; }
}
