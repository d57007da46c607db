package org.lifecircle.atlas.compound;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.lifecircle.atlas.PlaceForm;

/** A compound as staff enter it, on a page or through the API. */
public class CompoundForm extends PlaceForm {

    @NotNull
    private Long communityId;
    @NotBlank @Size(max = 150)
    private String name;
    @Size(max = 300)
    private String address;
    @PositiveOrZero
    private Integer households;
    @PositiveOrZero
    private Integer population;
    @DecimalMin("0") @DecimalMax("1")
    private BigDecimal elderlyShare;
    private boolean estimated;
    @Size(max = 1000)
    private String note;

    static CompoundForm of(Compound c) {
        CompoundForm form = new CompoundForm();
        form.communityId = c.communityId();
        form.name = c.name();
        form.address = c.address();
        form.households = c.households();
        form.population = c.population();
        form.elderlyShare = c.elderlyShare();
        form.estimated = c.estimated();
        form.note = c.note();
        form.setLon(c.sourceLon());
        form.setLat(c.sourceLat());
        form.setCrs(c.sourceCrs());
        return form;
    }

    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Integer getHouseholds() { return households; }
    public void setHouseholds(Integer households) { this.households = households; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public BigDecimal getElderlyShare() { return elderlyShare; }
    public void setElderlyShare(BigDecimal elderlyShare) { this.elderlyShare = elderlyShare; }
    public boolean isEstimated() { return estimated; }
    public void setEstimated(boolean estimated) { this.estimated = estimated; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
