package org.lifecircle.atlas.division;

/**
 * A community (社区居民委员会) with its committee's contacts and the totals of its compounds.
 * {@code shortName} drops the "社区居民委员会/居委会" suffix the official list carries.
 */
public record Community(long id, long subDistrictId, String subDistrictName, String code, String name,
                        String nameEn, String committeeAddress, String phone, String officeHours,
                        Double lon, Double lat, int compounds, long households, long population) {

    public String shortName() {
        return name.replaceFirst("(居民委员会|居委会)$", "");
    }
}
