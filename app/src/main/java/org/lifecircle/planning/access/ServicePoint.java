package org.lifecircle.planning.access;

/** A facility where a service is offered: its kind (catalogue code) and handbook group. */
public record ServicePoint(long facilityId, String name, String kindCode, String groupCode, double lon, double lat) {

    /** True when the service code names this point's kind or its handbook group. */
    public boolean offers(String serviceCode) {
        return serviceCode.equals(kindCode) || serviceCode.equals(groupCode);
    }
}
