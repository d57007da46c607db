package org.lifecircle.directory.proposals;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A proposal as sent to {@code POST /api/v1/directory/proposals}. Which fields are needed depends on the kind:
 * NEW needs name, category and address; CLOSED and CHANGED need the entry ({@code facilityId}); CHANGED needs at
 * least one new value. Positions are WGS-84; a new shop without one is placed at its community for staff to correct.
 */
public class ProposalForm {

    @NotNull
    private ProposalKind kind;
    @NotNull
    private Long communityId;
    private Long facilityId;
    @Size(max = 200)
    private String name;
    private Long categoryId;
    @Size(max = 300)
    private String address;
    @Size(max = 1000)
    private String businessScope;
    @Size(max = 64)
    private String phone;
    @Size(max = 200)
    private String openingHours;
    @DecimalMin("-180") @DecimalMax("180")
    private Double lon;
    @DecimalMin("-90") @DecimalMax("90")
    private Double lat;
    @Size(max = 1000)
    private String note;
    @NotBlank @Size(max = 60)
    private String proposerName;
    @NotBlank @Size(max = 64)
    private String proposerPhone;

    public ProposalKind getKind() { return kind; }
    public void setKind(ProposalKind kind) { this.kind = kind; }
    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = strip(name); }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = strip(address); }
    public String getBusinessScope() { return businessScope; }
    public void setBusinessScope(String businessScope) { this.businessScope = strip(businessScope); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = strip(phone); }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = strip(openingHours); }
    public Double getLon() { return lon; }
    public void setLon(Double lon) { this.lon = lon; }
    public Double getLat() { return lat; }
    public void setLat(Double lat) { this.lat = lat; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = strip(note); }
    public String getProposerName() { return proposerName; }
    public void setProposerName(String proposerName) { this.proposerName = strip(proposerName); }
    public String getProposerPhone() { return proposerPhone; }
    public void setProposerPhone(String proposerPhone) { this.proposerPhone = strip(proposerPhone); }

    boolean changesSomething() {
        return name != null || categoryId != null || address != null || businessScope != null || phone != null
                || openingHours != null || lon != null && lat != null;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
