package org.lifecircle.planning.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WhatIf;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;

/**
 * One snapshot of the district for the engine: residents and service points snapped to the street
 * network, with the travel times of one walking speed. Residents are grouped by community (the
 * engine's coverage groups). Immutable; {@link AccessModels} builds them from the registry (tests from
 * their own lists).
 */
public final class AccessModel {

    private final Speed speed;
    private final TravelTimes times;
    private final Snapper snapper;
    private final List<Resident> residents;
    private final SnappedPoints residentSnaps;
    private final List<ServicePoint> services;
    private final SnappedPoints serviceSnaps;
    private final List<Long> communityIds = new ArrayList<>();
    private final Map<Long, String> communityNames = new LinkedHashMap<>();
    private final int[] communityOf;
    private final double[] population;

    public AccessModel(Speed speed, TravelTimes times, Snapper snapper, List<Resident> residents, List<ServicePoint> services) {
        this.speed = speed;
        this.times = times;
        this.snapper = snapper;
        this.residents = List.copyOf(residents);
        this.services = List.copyOf(services);
        boolean steps = speed.profile().stepsAllowed();
        residentSnaps = snapper.snapAll(residents.stream().mapToDouble(Resident::lat).toArray(),
                residents.stream().mapToDouble(Resident::lon).toArray(), steps);
        serviceSnaps = snapper.snapAll(services.stream().mapToDouble(ServicePoint::lat).toArray(),
                services.stream().mapToDouble(ServicePoint::lon).toArray(), steps);
        communityOf = new int[residents.size()];
        population = new double[residents.size()];
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < residents.size(); i++) {
            Resident r = residents.get(i);
            communityOf[i] = index.computeIfAbsent(r.communityId(), id -> {
                communityIds.add(id);
                communityNames.put(id, r.communityName());
                return communityIds.size() - 1;
            });
            population[i] = r.population();
        }
    }

    public Speed speed() {
        return speed;
    }

    public TravelTimes travelTimes() {
        return times;
    }

    public List<Resident> residents() {
        return residents;
    }

    public List<ServicePoint> services() {
        return services;
    }

    public boolean residentSnapped(int i) {
        return residentSnaps.get(i) != null;
    }

    public boolean serviceSnapped(int i) {
        return serviceSnaps.get(i) != null;
    }

    /** Communities in the order of the engine's groups. */
    public List<Long> communityIds() {
        return communityIds;
    }

    public String communityName(long id) {
        return communityNames.get(id);
    }

    /** Indexes (into {@link #services()}) of the points offering a kind or handbook group. */
    public int[] servicesOffering(String serviceCode) {
        return IntStream.range(0, services.size()).filter(i -> services.get(i).offers(serviceCode)).toArray();
    }

    /** The point joined to the network, or null when it is farther than the snap limit from every street. */
    public Snap snap(double lon, double lat) {
        return snapper.snap(lat, lon, speed.profile().stepsAllowed());
    }

    /** The residents as the engine's origins. */
    public SnappedPoints origins() {
        return residentSnaps;
    }

    /** Some service points as the engine's facilities, in the given order. */
    public SnappedPoints facilities(int[] serviceIndexes) {
        return serviceSnaps.select(serviceIndexes);
    }

    /**
     * Nearest of the given service points, counts within each threshold and covered residents per
     * community, as a what-if state: its facility ids are positions in {@code serviceIndexes}, and
     * points added later get the next ids.
     */
    public WhatIf whatIf(int[] serviceIndexes, double... thresholdSeconds) {
        return whatIf(facilities(serviceIndexes), thresholdSeconds);
    }

    /** As {@link #whatIf(int[], double...)} for any points (service centers, say): facility ids are their positions. */
    public WhatIf whatIf(SnappedPoints points, double... thresholdSeconds) {
        return WhatIf.start(times, residentSnaps, points, population, communityOf, communityIds.size(), thresholdSeconds);
    }

    /** Index of the resident's community among {@link #communityIds()}. */
    public int communityIndex(int resident) {
        return communityOf[resident];
    }
}
