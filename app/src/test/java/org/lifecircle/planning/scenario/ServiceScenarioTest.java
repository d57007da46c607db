package org.lifecircle.planning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.Resident;
import org.lifecircle.planning.access.ServicePoint;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.coverage.CoverageReport;
import org.lifecircle.planning.coverage.CoverageReport.CompoundAccess;
import org.lifecircle.planning.scenario.ScenarioChange.Action;
import org.lifecircle.planning.scenario.ScenarioChange.Target;

/**
 * A scenario's "after" coverage, built by applying its changes one at a time to a what-if state, equals the
 * coverage computed from scratch on the facility list edited the same way (the engine guarantees each step;
 * this checks which changes we apply to which service, and how). On a 15 × 15 street grid of 100 m blocks with
 * seeded random compounds, facilities and changes; the seed is in every failure message.
 */
class ServiceScenarioTest {

    static final double LAT0 = 34.78;
    static final double LON0 = 113.73;
    static final double DLAT = 100 / 111_320.0;
    static final double DLON = 100 / (111_320.0 * Math.cos(Math.toRadians(LAT0)));
    static final int SIDE = 15;
    static final Map<String, String> GROUP_OF_KIND = Map.of("pharmacy", "health", "clinic", "health", "canteen", "dining",
            "health", "health", "dining", "dining");
    static final String[] KINDS = {"pharmacy", "clinic", "canteen"};

    final WalkNetwork net = grid();
    final TravelTimes times = new TravelTimes(net, Speed.ADULT.profile());
    final Snapper snapper = Snapper.of(net).withMaxDistanceMetres(300);

    @Test
    void eachStepOfAScenarioEqualsARecomputationFromTheEditedFacilities() {
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            List<Resident> residents = residents(random);
            List<ServicePoint> registry = facilities(random);
            AccessModel model = new AccessModel(Speed.ADULT, times, snapper, residents, registry);
            List<ScenarioChange> changes = changes(random, registry);
            for (String service : List.of("pharmacy", "health", "canteen", "dining")) {
                ServiceScenario state = new ServiceScenario(model, service, 5, GROUP_OF_KIND);
                for (int n = 0; n <= changes.size(); n++) {
                    List<ScenarioChange> applied = changes.subList(0, n);
                    ServiceScenario.BeforeAfter answer = state.evaluate(model, applied, service);
                    String where = "seed " + seed + ", " + service + ", after " + n + " changes";
                    assertThat(answer).as(where).isNotNull();
                    assertSameCoverage(answer.after(), recomputed(residents, registry, applied, service), where);
                    assertSameCoverage(answer.before(), recomputed(residents, registry, List.of(), service), where);
                    CoverageDiff diff = CoverageDiff.of(answer.before(), answer.after());
                    assertThat(diff.residentsGained() - diff.residentsLost()).as(where)
                            .isCloseTo(answer.after().overall().covered() - answer.before().overall().covered(), within(1e-6));
                }
            }
        }
    }

    @Test
    void aProposalCountsForItsKindAndItsGroupAMoveOrClosureForTheServicesTheFacilityOffers() {
        ServicePoint clinic = new ServicePoint(7, "诊所", "clinic", "health", LON0 + DLON, LAT0 + DLAT);
        AccessModel model = new AccessModel(Speed.ADULT, times, snapper, residents(new Random(1)), List.of(clinic));
        ScenarioChange pharmacy = add(1, Target.FACILITY, "pharmacy", "拟建药店", LON0, LAT0);
        ScenarioChange center = add(2, Target.CENTER, "CENTER_15", "拟建中心", LON0, LAT0);
        ScenarioChange moveClinic = move(3, 7, LON0, LAT0);
        ScenarioChange closeClinic = close(4, 7);
        ScenarioChange closeGone = close(5, 999);

        assertThat(concerned(model, "pharmacy", pharmacy, center, moveClinic, closeClinic, closeGone)).containsExactly(pharmacy);
        assertThat(concerned(model, "health", pharmacy, center, moveClinic, closeClinic, closeGone))
                .containsExactly(pharmacy, moveClinic, closeClinic);
        assertThat(concerned(model, "clinic", pharmacy, center, moveClinic, closeClinic, closeGone))
                .containsExactly(moveClinic, closeClinic);
        assertThat(concerned(model, "dining", pharmacy, center, moveClinic, closeClinic, closeGone)).isEmpty();
    }

    @Test
    void aStateCatchesUpWithChangesAtTheEndOnlyAndOnlyOnItsOwnRegistrySnapshot() {
        Random random = new Random(42);
        List<Resident> residents = residents(random);
        List<ServicePoint> registry = facilities(random);
        AccessModel model = new AccessModel(Speed.ADULT, times, snapper, residents, registry);
        List<ScenarioChange> changes = changes(random, registry);
        ServiceScenario state = new ServiceScenario(model, "health", 10, GROUP_OF_KIND);
        assertThat(state.evaluate(model, changes.subList(0, 3), "health")).isNotNull();

        List<ScenarioChange> edited = new ArrayList<>(changes.subList(0, 3));
        edited.set(1, add(edited.get(1).id(), Target.FACILITY, "pharmacy", "改过的", LON0 + 3 * DLON, LAT0 + 3 * DLAT));
        assertThat(state.evaluate(model, edited, "health")).isNull();
        assertThat(state.evaluate(model, changes.subList(0, 2), "health")).isNull();
        AccessModel other = new AccessModel(Speed.ADULT, times, snapper, residents, registry);
        assertThat(state.evaluate(other, changes.subList(0, 3), "health")).isNull();
        assertThat(state.evaluate(model, changes, "health")).isNotNull();
    }

    private static List<ScenarioChange> concerned(AccessModel model, String service, ScenarioChange... changes) {
        ServiceScenario state = new ServiceScenario(model, service, 15, GROUP_OF_KIND);
        return List.of(changes).stream().filter(state::concerns).toList();
    }

    /** The coverage from scratch on the registry's facilities edited by the changes, as the scenario means them. */
    private CoverageReport recomputed(List<Resident> residents, List<ServicePoint> registry, List<ScenarioChange> changes,
                                      String service) {
        List<ServicePoint> edited = new ArrayList<>(registry);
        for (ScenarioChange c : changes) {
            if (c.target() == Target.CENTER) {
                continue;
            }
            switch (c.action()) {
                case ADD -> edited.add(new ServicePoint(-c.id(), c.name(), c.kind(), GROUP_OF_KIND.get(c.kind()), c.lon(), c.lat()));
                case MOVE -> edited.replaceAll(p -> p.facilityId() == c.targetId()
                        ? new ServicePoint(p.facilityId(), p.name(), p.kindCode(), p.groupCode(), c.lon(), c.lat()) : p);
                case CLOSE -> edited.removeIf(p -> p.facilityId() == c.targetId());
            }
        }
        AccessModel m = new AccessModel(Speed.ADULT, times, snapper, residents, edited);
        int[] members = m.servicesOffering(service);
        return CoverageReport.of(m, service, service, 5, members, m.whatIf(members, 300), id -> null);
    }

    private static void assertSameCoverage(CoverageReport actual, CoverageReport expected, String where) {
        assertThat(actual.overall().covered()).as(where).isCloseTo(expected.overall().covered(), within(1e-6));
        for (int g = 0; g < expected.communities().size(); g++) {
            assertThat(actual.communities().get(g).share()).as(where).isCloseTo(expected.communities().get(g).share(), within(1e-9));
        }
        for (int o = 0; o < expected.compounds().size(); o++) {
            CompoundAccess a = actual.compounds().get(o);
            CompoundAccess e = expected.compounds().get(o);
            String compound = where + ", compound " + e.name();
            if (e.minutes() == null) {
                assertThat(a.minutes()).as(compound).isNull();
            } else {
                assertThat(a.minutes()).as(compound).isCloseTo(e.minutes(), within(1e-6 / 60));
            }
            assertThat(a.covered()).as(compound).isEqualTo(e.covered());
            assertThat(a.nearestName()).as(compound).isEqualTo(e.nearestName());
            if (e.nearestId() != null && e.nearestId() > 0) {
                assertThat(a.nearestId()).as(compound).isEqualTo(e.nearestId());
            }
        }
        assertThat(positions(actual)).as(where).isEqualTo(positions(expected));
    }

    private static Set<String> positions(CoverageReport r) {
        Set<String> points = new HashSet<>();
        r.points().forEach(p -> points.add(p.name() + "@" + p.lon() + "," + p.lat()));
        return points;
    }

    private static WalkNetwork grid() {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE; j++) {
                b.addNode(LAT0 + i * DLAT, LON0 + j * DLON);
            }
        }
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE; j++) {
                if (j + 1 < SIDE) {
                    b.addEdge(i * SIDE + j, i * SIDE + j + 1, false);
                }
                if (i + 1 < SIDE) {
                    b.addEdge(i * SIDE + j, (i + 1) * SIDE + j, false);
                }
            }
        }
        return b.build();
    }

    private static double[] somewhere(Random random) {
        return new double[]{LON0 + random.nextDouble() * (SIDE - 1) * DLON, LAT0 + random.nextDouble() * (SIDE - 1) * DLAT};
    }

    private static List<Resident> residents(Random random) {
        List<Resident> residents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double[] at = somewhere(random);
            long community = 1 + i % 3;
            residents.add(new Resident(100 + i, "小区" + i, community, "社区" + community, 100 + random.nextInt(2000), false,
                    random.nextDouble() * 0.3, at[0], at[1]));
        }
        return residents;
    }

    /** Twelve facilities of three kinds on the grid and one 2 km off it (too far from every street to count). */
    private static List<ServicePoint> facilities(Random random) {
        List<ServicePoint> facilities = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double[] at = somewhere(random);
            String kind = KINDS[i % KINDS.length];
            facilities.add(new ServicePoint(1000 + i, "设施" + i, kind, GROUP_OF_KIND.get(kind), at[0], at[1]));
        }
        facilities.add(new ServicePoint(2000, "远处药店", "pharmacy", "health", LON0 - 20 * DLON, LAT0));
        return facilities;
    }

    /** Proposals of every kind, moves (the far facility's too) and closures, and center changes that count for none. */
    private static List<ScenarioChange> changes(Random random, List<ServicePoint> registry) {
        List<ScenarioChange> changes = new ArrayList<>();
        List<Long> open = new ArrayList<>(registry.stream().map(ServicePoint::facilityId).toList());
        for (int n = 1; n <= 14; n++) {
            double[] at = somewhere(random);
            int kind = random.nextInt(5);
            if (n == 3) {
                changes.add(move(n, 2000, at[0], at[1]));
            } else if (kind <= 1 || open.isEmpty()) {
                changes.add(add(n, Target.FACILITY, KINDS[random.nextInt(KINDS.length)], "拟建" + n, at[0], at[1]));
            } else if (kind == 2) {
                changes.add(move(n, open.get(random.nextInt(open.size())), at[0], at[1]));
            } else if (kind == 3) {
                changes.add(close(n, open.remove(random.nextInt(open.size()))));
            } else {
                changes.add(add(n, Target.CENTER, "CENTER_15", "拟建中心" + n, at[0], at[1]));
            }
        }
        return changes;
    }

    static ScenarioChange add(long id, Target target, String kind, String name, double lon, double lat) {
        return change(id, Action.ADD, target, kind, name, null, lon, lat);
    }

    static ScenarioChange move(long id, long facility, double lon, double lat) {
        return change(id, Action.MOVE, Target.FACILITY, null, null, facility, lon, lat);
    }

    static ScenarioChange close(long id, long facility) {
        return change(id, Action.CLOSE, Target.FACILITY, null, null, facility, null, null);
    }

    private static ScenarioChange change(long id, Action action, Target target, String kind, String name, Long targetId,
                                         Double lon, Double lat) {
        return new ScenarioChange(id, (int) id, action, target, kind, name, targetId, lon, lat, lon, lat,
                lon == null ? null : "WGS84", "test", null, null, null, null, null);
    }
}
