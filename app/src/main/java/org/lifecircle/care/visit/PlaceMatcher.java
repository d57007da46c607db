package org.lifecircle.care.visit;

import java.util.ArrayList;
import java.util.List;

import org.lifecircle.engine.geo.Haversine;
import org.lifecircle.engine.geo.LonLat;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Compares a reported position with the elder's place (the compound's position). A position matches when its distance
 * is at most the radius plus the phone's own accuracy, the accuracy capped: a phone indoors may honestly say "within
 * 60 m", but one claiming "within 3 km" proves nothing and must not match everything.
 */
@Component
class PlaceMatcher {

    /** What the comparison found; {@code distance} is null without a position. */
    record Match(PositionCheck check, Double distance) {
    }

    private final double radius;
    private final double accuracyCap;

    PlaceMatcher(@Value("${lifecircle.care.visits.match-radius:150}") double radius,
                 @Value("${lifecircle.care.visits.accuracy-cap:100}") double accuracyCap) {
        this.radius = radius;
        this.accuracyCap = accuracyCap;
    }

    Match match(double placeLon, double placeLat, Position reported) {
        if (reported == null || !reported.present()) {
            return new Match(PositionCheck.NO_POSITION, null);
        }
        double distance = Haversine.metres(new LonLat(placeLon, placeLat), new LonLat(reported.lon(), reported.lat()));
        double accuracy = reported.accuracy() == null ? 0 : Math.min(reported.accuracy(), accuracyCap);
        return new Match(distance <= radius + accuracy ? PositionCheck.MATCHED : PositionCheck.MISMATCH, distance);
    }

    /** A position with one coordinate, coordinates off the globe or a negative accuracy is bad input, named by field. */
    static void validate(Position p) {
        if (p == null) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        if ((p.lon() == null) != (p.lat() == null)) {
            problems.add(new FieldProblem(p.lon() == null ? "lon" : "lat", "care.visit.error.position"));
        }
        if (p.lat() != null && (!Double.isFinite(p.lat()) || Math.abs(p.lat()) > 90)) {
            problems.add(new FieldProblem("lat", "care.visit.error.position"));
        }
        if (p.lon() != null && (!Double.isFinite(p.lon()) || Math.abs(p.lon()) > 180)) {
            problems.add(new FieldProblem("lon", "care.visit.error.position"));
        }
        if (p.accuracy() != null && (!Double.isFinite(p.accuracy()) || p.accuracy() < 0)) {
            problems.add(new FieldProblem("accuracy", "care.visit.error.accuracy"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    double radius() {
        return radius;
    }

    double accuracyCap() {
        return accuracyCap;
    }
}
