package org.lifecircle.atlas.center;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.lifecircle.atlas.PlaceForm;
import org.lifecircle.atlas.ServiceClass;
import org.lifecircle.atlas.Tier;

/** A service center as planners and operators enter it. */
public class CenterForm extends PlaceForm {

    @NotNull
    private Long subDistrictId;
    @NotBlank @Size(max = 150)
    private String name;
    @NotNull
    private Tier tier;
    @Size(max = 300)
    private String address;
    @PositiveOrZero
    private Integer floorsAbove;
    @PositiveOrZero
    private Integer floorsBelow;
    @PositiveOrZero
    private BigDecimal totalAreaM2;
    @PositiveOrZero
    private BigDecimal governmentAreaM2;
    @PositiveOrZero
    private BigDecimal socialAreaM2;
    @PositiveOrZero
    private BigDecimal dailyLifeAreaM2;
    @PositiveOrZero
    private Integer householdsServed;
    @PositiveOrZero
    private Integer merchants;
    private List<Long> communityIds = new ArrayList<>();
    private boolean estimated;
    @Size(max = 1000)
    private String note;

    static CenterForm of(ServiceCenter c) {
        CenterForm form = new CenterForm();
        form.subDistrictId = c.subDistrictId();
        form.name = c.name();
        form.tier = c.tier();
        form.address = c.address();
        form.floorsAbove = c.floorsAbove();
        form.floorsBelow = c.floorsBelow();
        form.totalAreaM2 = c.totalAreaM2();
        form.governmentAreaM2 = c.area(ServiceClass.GOVERNMENT);
        form.socialAreaM2 = c.area(ServiceClass.SOCIAL);
        form.dailyLifeAreaM2 = c.area(ServiceClass.DAILY_LIFE);
        form.householdsServed = c.householdsServed();
        form.merchants = c.merchants();
        form.communityIds = new ArrayList<>(c.communities().stream().map(ServiceCenter.ServedCommunity::id).toList());
        form.estimated = c.estimated();
        form.note = c.note();
        form.setLon(c.sourceLon());
        form.setLat(c.sourceLat());
        form.setCrs(c.sourceCrs());
        return form;
    }

    BigDecimal area(ServiceClass serviceClass) {
        return switch (serviceClass) {
            case GOVERNMENT -> governmentAreaM2;
            case SOCIAL -> socialAreaM2;
            case DAILY_LIFE -> dailyLifeAreaM2;
        };
    }

    public Long getSubDistrictId() { return subDistrictId; }
    public void setSubDistrictId(Long subDistrictId) { this.subDistrictId = subDistrictId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Integer getFloorsAbove() { return floorsAbove; }
    public void setFloorsAbove(Integer floorsAbove) { this.floorsAbove = floorsAbove; }
    public Integer getFloorsBelow() { return floorsBelow; }
    public void setFloorsBelow(Integer floorsBelow) { this.floorsBelow = floorsBelow; }
    public BigDecimal getTotalAreaM2() { return totalAreaM2; }
    public void setTotalAreaM2(BigDecimal totalAreaM2) { this.totalAreaM2 = totalAreaM2; }
    public BigDecimal getGovernmentAreaM2() { return governmentAreaM2; }
    public void setGovernmentAreaM2(BigDecimal v) { this.governmentAreaM2 = v; }
    public BigDecimal getSocialAreaM2() { return socialAreaM2; }
    public void setSocialAreaM2(BigDecimal v) { this.socialAreaM2 = v; }
    public BigDecimal getDailyLifeAreaM2() { return dailyLifeAreaM2; }
    public void setDailyLifeAreaM2(BigDecimal v) { this.dailyLifeAreaM2 = v; }
    public Integer getHouseholdsServed() { return householdsServed; }
    public void setHouseholdsServed(Integer householdsServed) { this.householdsServed = householdsServed; }
    public Integer getMerchants() { return merchants; }
    public void setMerchants(Integer merchants) { this.merchants = merchants; }
    public List<Long> getCommunityIds() { return communityIds; }
    public void setCommunityIds(List<Long> communityIds) { this.communityIds = communityIds == null ? new ArrayList<>() : communityIds; }
    public boolean isEstimated() { return estimated; }
    public void setEstimated(boolean estimated) { this.estimated = estimated; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
