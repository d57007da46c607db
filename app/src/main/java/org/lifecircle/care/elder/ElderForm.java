package org.lifecircle.care.elder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An elder as entered. The personal fields (ID number, phone, address) are write-only: the edit form shows them
 * empty, and an empty field keeps what is stored, so editing a name never puts anyone's data on screen.
 */
public class ElderForm {

    @NotBlank @Size(max = 60)
    private String name;
    @Size(max = 30)
    private String idNumber;
    @Size(max = 40)
    private String phone;
    @NotNull
    private Long compoundId;
    @Size(max = 60)
    private String building;
    @Size(max = 300)
    private String address;
    @NotNull
    private Long stationId;
    /** On an edit: remove the stored phone (an empty phone field keeps it). */
    private boolean clearPhone;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getCompoundId() { return compoundId; }
    public void setCompoundId(Long compoundId) { this.compoundId = compoundId; }
    public String getBuilding() { return building; }
    public void setBuilding(String building) { this.building = building; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isClearPhone() { return clearPhone; }
    public void setClearPhone(boolean clearPhone) { this.clearPhone = clearPhone; }
    public Long getStationId() { return stationId; }
    public void setStationId(Long stationId) { this.stationId = stationId; }
}
