package org.lifecircle.identity;

/** The platform's kinds of user. Staff roles other than planner and administrator are scoped. */
public enum Role {
    /** 居民: reads the registry and the portals. */
    RESIDENT,
    /** 社区工作人员: manages one community (its compounds, facilities, portal). */
    COMMUNITY_STAFF,
    /** 中心运营方: manages one service center (its areas and merchants). */
    CENTER_OPERATOR,
    /** 养老调度员: works in the elderly-care dispatch center. */
    CARE_DISPATCHER,
    /** 养老护理员: a caregiver of one home-care station; sees only that station's elders. */
    CAREGIVER,
    /** 规划人员: plans centers and edits the category catalogue district-wide. */
    PLANNER,
    /** 区级管理员: manages everything, including accounts. */
    DISTRICT_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
