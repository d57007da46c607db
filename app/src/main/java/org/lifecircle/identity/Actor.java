package org.lifecircle.identity;

/**
 * Who is acting, with the scope their role carries. Scope rules live here, in one place, so
 * every module asks the same question the same way.
 *
 * @param communityId the community a {@link Role#COMMUNITY_STAFF} account is bound to, else null
 * @param centerId    the center a {@link Role#CENTER_OPERATOR} account is bound to, else null
 * @param careStationId the home-care station a {@link Role#CAREGIVER} account is bound to, else null
 */
public record Actor(String username, Role role, Long communityId, Long centerId, Long careStationId) {

    /** An actor of a role without a care station (every role but caregiver). */
    public Actor(String username, Role role, Long communityId, Long centerId) {
        this(username, role, communityId, centerId, null);
    }

    public static final Actor ANONYMOUS = new Actor("anonymous", null, null, null);
    /** The platform itself, e.g. the demo loader on first start. */
    public static final Actor SYSTEM = new Actor("system", Role.DISTRICT_ADMIN, null, null);

    public boolean is(Role other) {
        return role == other;
    }

    /**
     * Everyone who works for the district, its communities or centers: every role but resident and
     * caregiver (a caregiver works for a care station and sees only the care pages).
     */
    public boolean isStaff() {
        return role != null && role != Role.RESIDENT && role != Role.CAREGIVER;
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

    /**
     * An elder's personal data (home care): the dispatch center, the staff of the elder's community
     * and the caregivers of the elder's station. District administrators see masked lists only,
     * decided by the care module; they are not answered here.
     */
    public boolean canSeeElder(Long community, Long station) {
        return role == Role.CARE_DISPATCHER
                || (role == Role.COMMUNITY_STAFF && community != null && community.equals(communityId))
                || (role == Role.CAREGIVER && station != null && station.equals(careStationId));
    }

    /**
     * Registering an elder and keeping their record (contacts, consent, assessment): the dispatch center (intake
     * by phone) and the staff of the elder's community.
     */
    public boolean canManageElder(Long community) {
        return role == Role.CARE_DISPATCHER
                || (role == Role.COMMUNITY_STAFF && community != null && community.equals(communityId));
    }

    /** District-wide reference data such as the category catalogue and the divisions. */
    public boolean canManageDistrict() {
        return isAdmin() || role == Role.PLANNER;
    }
}
