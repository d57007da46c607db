package org.lifecircle.care.station;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A station as entered on the form or in the API; the position may be in WGS84, GCJ02 or BD09. */
public class StationForm {

    @NotNull
    private Long communityId;
    @NotBlank @Size(max = 150)
    private String name;
    @Size(max = 300)
    private String address;
    @NotNull
    private Double lon;
    @NotNull
    private Double lat;
    private String crs = "WGS84";
    @NotNull @Min(0)
    private Integer dayCareCapacity = 0;
    @Size(max = 200)
    private String openingHours;
    private List<String> services = new ArrayList<>();
    @Size(max = 150)
    private String healthCenterName;
    @Size(max = 40)
    private String healthCenterPhone;
    private Long healthCenterFacilityId;

    static StationForm of(CareStation station) {
        StationForm form = new StationForm();
        form.communityId = station.communityId();
        form.name = station.name();
        form.address = station.address();
        form.lon = station.sourceLon();
        form.lat = station.sourceLat();
        form.crs = station.sourceCrs();
        form.dayCareCapacity = station.dayCareCapacity();
        form.openingHours = station.openingHours();
        form.services = new ArrayList<>(station.services());
        form.healthCenterName = station.healthCenter().name();
        form.healthCenterPhone = station.healthCenter().phone();
        form.healthCenterFacilityId = station.healthCenter().facilityId();
        return form;
    }

    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Double getLon() { return lon; }
    public void setLon(Double lon) { this.lon = lon; }
    public Double getLat() { return lat; }
    public void setLat(Double lat) { this.lat = lat; }
    public String getCrs() { return crs; }
    public void setCrs(String crs) { this.crs = crs; }
    public Integer getDayCareCapacity() { return dayCareCapacity; }
    public void setDayCareCapacity(Integer dayCareCapacity) { this.dayCareCapacity = dayCareCapacity; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
    public List<String> getServices() { return services; }
    public void setServices(List<String> services) { this.services = services == null ? new ArrayList<>() : services; }
    public String getHealthCenterName() { return healthCenterName; }
    public void setHealthCenterName(String healthCenterName) { this.healthCenterName = healthCenterName; }
    public String getHealthCenterPhone() { return healthCenterPhone; }
    public void setHealthCenterPhone(String healthCenterPhone) { this.healthCenterPhone = healthCenterPhone; }
    public Long getHealthCenterFacilityId() { return healthCenterFacilityId; }
    public void setHealthCenterFacilityId(Long healthCenterFacilityId) { this.healthCenterFacilityId = healthCenterFacilityId; }
}
