package org.lifecircle.programme.buildout;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A status change as reported: the new stage, the day it began, and why. */
public class StatusChangeForm {

    @NotNull
    private BuildStatus status;
    @NotNull @DateTimeFormat(iso = ISO.DATE)
    private LocalDate date;
    @Size(max = 500)
    private String note;

    public StatusChangeForm() {
    }

    public StatusChangeForm(BuildStatus status, LocalDate date, String note) {
        this.status = status;
        this.date = date;
        this.note = note;
    }

    public BuildStatus getStatus() { return status; }
    public void setStatus(BuildStatus status) { this.status = status; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
