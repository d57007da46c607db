package org.lifecircle.identity;

/**
 * What it takes to create an account. {@link AccountService} checks every field and reports all
 * problems at once; usernames are case-insensitive and stored in lower case.
 *
 * @param communityId required for {@link Role#COMMUNITY_STAFF}, not allowed for other roles
 * @param centerId    required for {@link Role#CENTER_OPERATOR}, not allowed for other roles
 */
public record NewAccount(String username, String displayName, String password, Role role,
                         Long communityId, Long centerId) {
}
