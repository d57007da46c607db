package org.lifecircle.identity;

import org.lifecircle.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;

/** The rules a new account must meet; every broken rule is reported, not just the first. */
final class AccountRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD_BYTES = 72;

    private final ObjectProvider<ScopeDirectory> directory;
    private final ObjectProvider<CareStationDirectory> stations;

    AccountRules(ObjectProvider<ScopeDirectory> directory, ObjectProvider<CareStationDirectory> stations) {
        this.directory = directory;
        this.stations = stations;
    }

    List<InvalidInputException.FieldProblem> validate(NewAccount request) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        String username = AccountService.normalize(request.username());
        if (username.isEmpty()) {
            problems.add(new InvalidInputException.FieldProblem("username", "identity.account.username.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new InvalidInputException.FieldProblem("username", "identity.account.username.pattern", request.username()));
        }
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty()) {
            problems.add(new InvalidInputException.FieldProblem("displayName", "identity.account.displayName.required"));
        } else if (displayName.length() > 100) {
            problems.add(new InvalidInputException.FieldProblem("displayName", "identity.account.displayName.tooLong", 100));
        }
        checkPassword(request.password(), problems);
        if (request.role() == null) {
            problems.add(new InvalidInputException.FieldProblem("role", "identity.account.role.required"));
        } else {
            checkScope(request, problems);
        }
        return problems;
    }

    static void checkPassword(String password, List<InvalidInputException.FieldProblem> problems) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new InvalidInputException.FieldProblem("password", "identity.account.password.tooShort", MIN_PASSWORD));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new InvalidInputException.FieldProblem("password", "identity.account.password.tooLong", MAX_PASSWORD_BYTES));
        }
    }

    /** Community staff need a community, center operators a center, every other role neither. */
    private void checkScope(NewAccount request, List<InvalidInputException.FieldProblem> problems) {
        Role role = request.role();
        ScopeDirectory places = directory.getIfAvailable();
        if (role == Role.COMMUNITY_STAFF) {
            if (request.communityId() == null) {
                problems.add(new InvalidInputException.FieldProblem("communityId", "identity.account.community.required"));
            } else if (places != null && places.communityName(request.communityId()).isEmpty()) {
                problems.add(new InvalidInputException.FieldProblem("communityId", "identity.account.community.unknown", request.communityId()));
            }
        } else if (request.communityId() != null) {
            problems.add(new InvalidInputException.FieldProblem("communityId", "identity.account.community.notAllowed"));
        }
        if (role == Role.CENTER_OPERATOR) {
            if (request.centerId() == null) {
                problems.add(new InvalidInputException.FieldProblem("centerId", "identity.account.center.required"));
            } else if (places != null && places.centerName(request.centerId()).isEmpty()) {
                problems.add(new InvalidInputException.FieldProblem("centerId", "identity.account.center.unknown", request.centerId()));
            }
        } else if (request.centerId() != null) {
            problems.add(new InvalidInputException.FieldProblem("centerId", "identity.account.center.notAllowed"));
        }
        checkCareStation(request, problems);
    }

    /** Caregivers need the care station they work for; nobody else has one. */
    private void checkCareStation(NewAccount request, List<InvalidInputException.FieldProblem> problems) {
        CareStationDirectory known = stations.getIfAvailable();
        if (request.role() == Role.CAREGIVER) {
            if (request.careStationId() == null) {
                problems.add(new InvalidInputException.FieldProblem("careStationId", "identity.account.careStation.required"));
            } else if (known != null && known.careStationName(request.careStationId()).isEmpty()) {
                problems.add(new InvalidInputException.FieldProblem("careStationId", "identity.account.careStation.unknown",
                        request.careStationId()));
            }
        } else if (request.careStationId() != null) {
            problems.add(new InvalidInputException.FieldProblem("careStationId", "identity.account.careStation.notAllowed"));
        }
    }

}
