package org.lifecircle.identity.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifecircle.identity.Account;
import org.lifecircle.identity.CareStationDirectory;
import org.lifecircle.identity.ScopeDirectory;
import org.lifecircle.identity.ScopeOption;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names of communities and centers for the account pages, read once per page from the
 * {@link ScopeDirectory} when a module provides one; without it, scopes show as ids.
 */
@Component
class Scopes {

    private final ObjectProvider<ScopeDirectory> directory;
    private final ObjectProvider<CareStationDirectory> stations;

    Scopes(ObjectProvider<ScopeDirectory> directory, ObjectProvider<CareStationDirectory> stations) {
        this.directory = directory;
        this.stations = stations;
    }

    /** The lists as they are now; empty (and {@code available() == false}) without a directory. */
    Snapshot snapshot() {
        ScopeDirectory places = directory.getIfAvailable();
        CareStationDirectory care = stations.getIfAvailable();
        List<ScopeOption> careStations = care == null ? List.of() : care.careStations();
        return places == null ? new Snapshot(false, List.of(), List.of(), careStations)
                : new Snapshot(true, places.communities(), places.centers(), careStations);
    }

    record Snapshot(boolean available, List<ScopeOption> communities, List<ScopeOption> centers,
                    List<ScopeOption> careStations, Map<Long, String> communityNames, Map<Long, String> centerNames,
                    Map<Long, String> careStationNames) {

        Snapshot(boolean available, List<ScopeOption> communities, List<ScopeOption> centers) {
            this(available, communities, centers, List.of());
        }

        Snapshot(boolean available, List<ScopeOption> communities, List<ScopeOption> centers,
                 List<ScopeOption> careStations) {
            this(available, communities, centers, careStations, names(communities), names(centers), names(careStations));
        }

        /** The name of the account's community or center, "#id" when unnamed, null when unscoped. */
        String nameOf(Account account) {
            if (account.communityId() != null) {
                return communityNames.getOrDefault(account.communityId(), "#" + account.communityId());
            }
            if (account.centerId() != null) {
                return centerNames.getOrDefault(account.centerId(), "#" + account.centerId());
            }
            if (account.careStationId() != null) {
                return careStationNames.getOrDefault(account.careStationId(), "#" + account.careStationId());
            }
            return null;
        }

        Function<Account, AccountRow> rows(Instant now) {
            return account -> AccountRow.of(account, nameOf(account), now);
        }

        private static Map<Long, String> names(List<ScopeOption> options) {
            return options.stream().collect(Collectors.toMap(ScopeOption::id, ScopeOption::name, (a, b) -> a));
        }
    }
}
