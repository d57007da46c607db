package org.lifecircle.atlas.facility;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.lifecircle.atlas.PlaceForm;

/** A facility or merchant as staff enter it. */
public class FacilityForm extends PlaceForm {

    @NotBlank @Size(max = 200)
    private String name;
    @NotNull
    private Long categoryId;
    @Size(max = 300)
    private String address;
    @Size(max = 1000)
    private String businessScope;
    @Size(max = 64)
    private String phone;
    @Size(max = 200)
    private String openingHours;
    private Long centerId;
    private Long communityId;
    private boolean subsidised;
    private boolean governmentRun;
    private boolean elderFriendly;
    @PositiveOrZero
    private BigDecimal floorAreaM2;
    private boolean estimated;

    /** The form that would save the facility unchanged: a start for changing a few fields. */
    public static FacilityForm of(Facility f) {
        FacilityForm form = new FacilityForm();
        form.name = f.name();
        form.categoryId = f.categoryId();
        form.address = f.address();
        form.businessScope = f.businessScope();
        form.phone = f.phone();
        form.openingHours = f.openingHours();
        form.centerId = f.centerId();
        form.communityId = f.communityId();
        form.subsidised = f.subsidised();
        form.governmentRun = f.governmentRun();
        form.elderFriendly = f.elderFriendly();
        form.floorAreaM2 = f.floorAreaM2();
        form.estimated = f.estimated();
        form.setLon(f.sourceLon());
        form.setLat(f.sourceLat());
        form.setCrs(f.sourceCrs());
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getBusinessScope() { return businessScope; }
    public void setBusinessScope(String businessScope) { this.businessScope = businessScope; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
    public Long getCenterId() { return centerId; }
    public void setCenterId(Long centerId) { this.centerId = centerId; }
    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public boolean isSubsidised() { return subsidised; }
    public void setSubsidised(boolean subsidised) { this.subsidised = subsidised; }
    public boolean isGovernmentRun() { return governmentRun; }
    public void setGovernmentRun(boolean governmentRun) { this.governmentRun = governmentRun; }
    public boolean isElderFriendly() { return elderFriendly; }
    public void setElderFriendly(boolean elderFriendly) { this.elderFriendly = elderFriendly; }
    public BigDecimal getFloorAreaM2() { return floorAreaM2; }
    public void setFloorAreaM2(BigDecimal floorAreaM2) { this.floorAreaM2 = floorAreaM2; }
    public boolean isEstimated() { return estimated; }
    public void setEstimated(boolean estimated) { this.estimated = estimated; }
}
