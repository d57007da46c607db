package org.lifecircle.atlas.division;

/** A sub-district office (街道办事处 / 镇) with its district and how much of the registry lies in it. */
public record SubDistrict(long id, String code, String name, String nameEn, String officeAddress, String phone,
                          int communities, long households, String districtName, String districtNameEn) {
}
