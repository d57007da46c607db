package org.lifecircle.portal.events;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An event as staff enter it; times are local (Asia/Shanghai), the description is HTML sanitised on save. */
public class EventForm {

    @NotBlank @Size(max = 200)
    private String title;
    @NotNull
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    @NotBlank @Size(max = 200)
    private String place;
    @Size(max = 50_000)
    private String description;
    @Positive
    private Integer capacity;
    @Size(max = 200)
    private String signUp;

    static EventForm of(Event event, ZoneId zone) {
        EventForm form = new EventForm();
        form.title = event.title();
        form.startsAt = event.startsAt().atZoneSameInstant(zone).toLocalDateTime();
        form.endsAt = event.endsAt() == null ? null : event.endsAt().atZoneSameInstant(zone).toLocalDateTime();
        form.place = event.place();
        form.description = event.descriptionHtml();
        form.capacity = event.capacity();
        form.signUp = event.signUp();
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getSignUp() { return signUp; }
    public void setSignUp(String signUp) { this.signUp = signUp; }
}
