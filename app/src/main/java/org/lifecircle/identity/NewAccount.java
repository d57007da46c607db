package org.lifecircle.identity;

/**
 * What it takes to create an account. {@link AccountService} checks every field and reports all
 * problems at once; usernames are case-insensitive and stored in lower case.
 *
 * @param communityId required for {@link Role#COMMUNITY_STAFF}, not allowed for other roles
 * @param centerId    required for {@link Role#CENTER_OPERATOR}, not allowed for other roles
 * @param careStationId required for {@link Role#CAREGIVER}, not allowed for other roles
 */
public record NewAccount(String username, String displayName, String password, Role role,
                         Long communityId, Long centerId, Long careStationId) {

    /** An account of a role without a care station. */
    public NewAccount(String username, String displayName, String password, Role role, Long communityId, Long centerId) {
        this(username, displayName, password, role, communityId, centerId, null);
    }
}
