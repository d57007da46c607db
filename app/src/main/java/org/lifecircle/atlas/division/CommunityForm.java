package org.lifecircle.atlas.division;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/** The parts of a community its own staff keep up to date: the committee's contacts. */
public class CommunityForm {

    @Size(max = 100)
    private String nameEn;
    @Size(max = 300)
    private String committeeAddress;
    @Size(max = 40)
    private String phone;
    @Size(max = 200)
    private String officeHours;
    @DecimalMin("-180") @DecimalMax("180")
    private Double lon;
    @DecimalMin("-90") @DecimalMax("90")
    private Double lat;

    static CommunityForm of(Community c) {
        CommunityForm form = new CommunityForm();
        form.nameEn = c.nameEn();
        form.committeeAddress = c.committeeAddress();
        form.phone = c.phone();
        form.officeHours = c.officeHours();
        form.lon = c.lon();
        form.lat = c.lat();
        return form;
    }

    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getCommitteeAddress() { return committeeAddress; }
    public void setCommitteeAddress(String committeeAddress) { this.committeeAddress = committeeAddress; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getOfficeHours() { return officeHours; }
    public void setOfficeHours(String officeHours) { this.officeHours = officeHours; }
    public Double getLon() { return lon; }
    public void setLon(Double lon) { this.lon = lon; }
    public Double getLat() { return lat; }
    public void setLat(Double lat) { this.lat = lat; }
}
