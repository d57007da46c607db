package org.lifecircle.identity.admin;

import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;

/** The create-account form; the rules are checked once, in AccountService. */
class AccountForm {

    private String username;
    private String displayName;
    private String password;
    private Role role;
    private Long communityId;
    private Long centerId;
    private Long careStationId;

    NewAccount toNewAccount() {
        // a scope the role does not use is dropped: the form shows every scope field, the user picks one role
        return new NewAccount(username, displayName, password, role,
                role == Role.COMMUNITY_STAFF ? communityId : null, role == Role.CENTER_OPERATOR ? centerId : null,
                role == Role.CAREGIVER ? careStationId : null);
    }

    public Long getCareStationId() {
        return careStationId;
    }

    public void setCareStationId(Long careStationId) {
        this.careStationId = careStationId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getCenterId() {
        return centerId;
    }

    public void setCenterId(Long centerId) {
        this.centerId = centerId;
    }
}
