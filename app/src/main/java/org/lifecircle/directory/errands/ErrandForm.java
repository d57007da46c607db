package org.lifecircle.directory.errands;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An errand guide as staff enter it (JSON or the staff page's form). */
public class ErrandForm {

    private Long communityId;
    private Long centerId;
    @NotBlank @Size(max = 120)
    private String title;
    @NotBlank @Size(max = 300)
    private String place;
    @NotBlank @Size(max = 2000)
    private String materials;
    @Size(max = 200)
    private String hours;
    @Size(max = 64)
    private String phone;
    @Size(max = 1000)
    private String note;
    private boolean example;
    @Min(0) @Max(10000)
    private int sortOrder = 100;

    public static ErrandForm of(Errand e) {
        ErrandForm f = new ErrandForm();
        f.communityId = e.communityId();
        f.centerId = e.centerId();
        f.title = e.title();
        f.place = e.place();
        f.materials = e.materials();
        f.hours = e.hours();
        f.phone = e.phone();
        f.note = e.note();
        f.example = e.example();
        f.sortOrder = e.sortOrder();
        return f;
    }

    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public Long getCenterId() { return centerId; }
    public void setCenterId(Long centerId) { this.centerId = centerId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = strip(title); }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = strip(place); }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = strip(materials); }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = strip(hours); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = strip(phone); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = strip(note); }
    public boolean isExample() { return example; }
    public void setExample(boolean example) { this.example = example; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
