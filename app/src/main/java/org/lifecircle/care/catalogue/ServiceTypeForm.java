package org.lifecircle.care.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.lifecircle.care.caregiver.Skill;

/** The editable part of a catalogue service; the code is fixed, since requests and plans refer to it. */
public class ServiceTypeForm {

    @NotBlank @Size(max = 60)
    private String nameZh;
    @NotBlank @Size(max = 60)
    private String nameEn;
    @NotNull @Min(5) @Max(720)
    private Integer durationMinutes;
    private List<Skill> requiredSkills = new ArrayList<>();
    private boolean active = true;

    static ServiceTypeForm of(ServiceType type) {
        ServiceTypeForm form = new ServiceTypeForm();
        form.nameZh = type.nameZh();
        form.nameEn = type.nameEn();
        form.durationMinutes = type.durationMinutes();
        form.requiredSkills = new ArrayList<>(type.requiredSkills());
        form.active = type.active();
        return form;
    }

    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public List<Skill> getRequiredSkills() { return requiredSkills; }
    public void setRequiredSkills(List<Skill> requiredSkills) { this.requiredSkills = requiredSkills == null ? new ArrayList<>() : requiredSkills; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
