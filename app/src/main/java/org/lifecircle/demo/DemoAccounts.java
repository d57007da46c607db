package org.lifecircle.demo;

import java.util.List;

import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.center.ServiceCenter;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, as printed in the README. Created when missing on every start in
 * the demo profile, never changed afterwards (an administrator may change their passwords).
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "Demo-2026";
    static final String RUYIDONGLU = "410105560001";   // 如意东路社区
    static final String TIANSHILU = "410105560004";    // 天时路社区
    static final String JIANYE = "如意湖办事处建业城市生活广场";

    private final AccountService accounts;
    private final DivisionService divisions;
    private final CenterService centers;
    private final StationService stations;

    DemoAccounts(AccountService accounts, DivisionService divisions, CenterService centers, StationService stations) {
        this.accounts = accounts;
        this.divisions = divisions;
        this.centers = centers;
        this.stations = stations;
    }

    void ensure() {
        Long ruyidonglu = divisions.communityByCode(RUYIDONGLU).map(Community::id).orElse(null);
        Long tianshilu = divisions.communityByCode(TIANSHILU).map(Community::id).orElse(null);
        Long jianye = centers.findByName(JIANYE).map(ServiceCenter::id).orElse(null);
        List<NewAccount> demo = new java.util.ArrayList<>(List.of(
                new NewAccount("admin", "区级管理员（示范）", PASSWORD, Role.DISTRICT_ADMIN, null, null),
                new NewAccount("planner", "规划人员（示范）", PASSWORD, Role.PLANNER, null, null),
                new NewAccount("dispatcher", "养老调度员（示范）", PASSWORD, Role.CARE_DISPATCHER, null, null),
                new NewAccount("resident", "居民（示范）", PASSWORD, Role.RESIDENT, null, null)));
        // the scoped accounts need their places; a district without them simply has fewer demo accounts
        if (ruyidonglu != null) {
            demo.add(new NewAccount("staff.rydl", "如意东路社区工作人员（示范）", PASSWORD, Role.COMMUNITY_STAFF, ruyidonglu, null));
        }
        if (tianshilu != null) {
            demo.add(new NewAccount("staff.tsl", "天时路社区工作人员（示范）", PASSWORD, Role.COMMUNITY_STAFF, tianshilu, null));
        }
        // a caregiver of the 如意东路 care station: sees that station's elders only
        Long ruyidongluStation = ruyidonglu == null ? null
                : stations.find(ruyidonglu).stream().findFirst().map(CareStation::id).orElse(null);
        if (ruyidongluStation != null) {
            demo.add(new NewAccount("caregiver.rydl", "如意东路养老服务站护理员（示范）", PASSWORD, Role.CAREGIVER, null, null,
                    ruyidongluStation));
        }
        if (jianye != null) {
            demo.add(new NewAccount("operator.jy", "建业城市生活广场运营方（示范）", PASSWORD, Role.CENTER_OPERATOR, null, jianye));
        }
        demo.forEach(account -> accounts.ensureAccount(Actor.SYSTEM, account));
    }
}
