package org.lifecircle.care.caregiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A caregiver as entered; on the page every skill has a row, a ticked one has {@code skill} set. */
public class CaregiverForm {

    @NotNull
    private Long stationId;
    @NotBlank @Size(max = 60)
    private String name;
    @NotBlank @Size(max = 40)
    private String phone;
    @NotNull
    private TravelMode travelMode = TravelMode.WALK;
    @NotBlank @Size(max = 200)
    private String workingHours = "Mo-Fr 08:00-17:00";
    private boolean active = true;
    /** the sign-in name of a CAREGIVER account of the same station; blank: not linked */
    @Size(max = 64)
    private String username;
    private List<SkillEntry> skills = new ArrayList<>();

    /** One skill line; a null skill (an unticked row) is ignored. */
    public static class SkillEntry {
        private Skill skill;
        @Size(max = 64)
        private String certificateNo;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresOn;

        public SkillEntry() {
        }

        SkillEntry(Skill skill, String certificateNo, LocalDate expiresOn) {
            this.skill = skill;
            this.certificateNo = certificateNo;
            this.expiresOn = expiresOn;
        }

        public Skill getSkill() { return skill; }
        public void setSkill(Skill skill) { this.skill = skill; }
        public String getCertificateNo() { return certificateNo; }
        public void setCertificateNo(String certificateNo) { this.certificateNo = certificateNo; }
        public LocalDate getExpiresOn() { return expiresOn; }
        public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    }

    static CaregiverForm of(Caregiver caregiver) {
        CaregiverForm form = new CaregiverForm();
        form.stationId = caregiver.stationId();
        form.name = caregiver.name();
        form.phone = caregiver.phone();
        form.travelMode = caregiver.travelMode();
        form.workingHours = caregiver.workingHours();
        form.active = caregiver.active();
        form.username = caregiver.username();
        caregiver.skills().forEach(c -> form.skills.add(new SkillEntry(c.skill(), c.certificateNo(), c.expiresOn())));
        return form;
    }

    /** One row per skill, in the enum's order, filled from what the form holds: what the page shows. */
    List<SkillEntry> rowsForPage() {
        List<SkillEntry> rows = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            rows.add(skills.stream().filter(e -> e.getSkill() == skill).findFirst()
                    .orElseGet(() -> new SkillEntry(null, null, null)));
        }
        return rows;
    }

    public Long getStationId() { return stationId; }
    public void setStationId(Long stationId) { this.stationId = stationId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public TravelMode getTravelMode() { return travelMode; }
    public void setTravelMode(TravelMode travelMode) { this.travelMode = travelMode; }
    public String getWorkingHours() { return workingHours; }
    public void setWorkingHours(String workingHours) { this.workingHours = workingHours; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<SkillEntry> getSkills() { return skills; }
    public void setSkills(List<SkillEntry> skills) { this.skills = skills == null ? new ArrayList<>() : skills; }
}
