package org.lifecircle.identity;

/**
 * Who is acting, with the scope their role carries. Scope rules live here, in one place, so
 * every module asks the same question the same way.
 *
 * @param communityId the community a {@link Role#COMMUNITY_STAFF} account is bound to, else null
 * @param centerId    the center a {@link Role#CENTER_OPERATOR} account is bound to, else null
 */
public record Actor(String username, Role role, Long communityId, Long centerId) {

    public static final Actor ANONYMOUS = new Actor("anonymous", null, null, null);
    /** The platform itself, e.g. the demo loader on first start. */
    public static final Actor SYSTEM = new Actor("system", Role.DISTRICT_ADMIN, null, null);

    public boolean is(Role other) {
        return role == other;
    }

    /** Everyone who works for the district, its communities or centers: every role but resident. */
    public boolean isStaff() {
        return role != null && role != Role.RESIDENT;
    }

    public boolean isAdmin() {
        return role == Role.DISTRICT_ADMIN;
    }

    /** District administrators manage every community; community staff only their own. */
    public boolean canManageCommunity(Long community) {
        return isAdmin() || (role == Role.COMMUNITY_STAFF && community != null && community.equals(communityId));
    }

    /** District administrators and planners manage every center; operators only their own. */
    public boolean canManageCenter(Long center) {
        return isAdmin() || role == Role.PLANNER
                || (role == Role.CENTER_OPERATOR && center != null && center.equals(centerId));
    }

    /**
     * A facility or merchant: district administrators; staff of the community it lies in; the
     * operator of the center it belongs to. Planners plan, they do not keep merchant records.
     */
    public boolean canManageFacility(Long community, Long center) {
        return isAdmin()
                || (role == Role.COMMUNITY_STAFF && community != null && community.equals(communityId))
                || (role == Role.CENTER_OPERATOR && center != null && center.equals(centerId));
    }

    /** District-wide reference data such as the category catalogue and the divisions. */
    public boolean canManageDistrict() {
        return isAdmin() || role == Role.PLANNER;
    }
}
