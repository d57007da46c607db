package org.lifecircle.care.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lifecircle.care.request.RequestService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Late and missed visits, flagged to the dispatcher by a job: LATE once a request's window has ended without a
 * check-in, MISSED once the grace after it (or the day) is over too. Requests never dispatched count: the elder waited
 * all the same. Each flag is raised once (its primary key is the request and the kind), so the job is idempotent and
 * safe on several nodes at once without a lock: the second insert of a flag does nothing.
 */
@Service
public class VisitFlags {

    private static final Logger log = LoggerFactory.getLogger(VisitFlags.class);

    private final VisitRepository visits;
    private final AuditLog audit;
    private final int graceMinutes;

    VisitFlags(VisitRepository visits, AuditLog audit, @Value("${lifecircle.care.visits.missed-grace-minutes:60}") int graceMinutes) {
        this.visits = visits;
        this.audit = audit;
        this.graceMinutes = graceMinutes;
    }

    /** What one run raised. */
    public record Raised(List<Long> late, List<Long> missed) {
    }

    @Scheduled(cron = "${lifecircle.care.visits.flags-cron:0 * * * * *}", zone = "Asia/Shanghai")
    void everyMinute() {
        Raised raised = raise(Instant.now());
        if (!raised.late().isEmpty() || !raised.missed().isEmpty()) {
            log.info("visit flags: {} late, {} missed", raised.late().size(), raised.missed().size());
        }
    }

    /**
     * Raises the flags due at {@code now} for requests of yesterday and today (yesterday's late evening windows are
     * missed after midnight; older days were flagged when they were due).
     */
    @Transactional
    public Raised raise(Instant now) {
        LocalDate first = LocalDate.ofInstant(now, RequestService.ZONE).minusDays(1);
        List<Long> late = visits.raiseLate(now, first);
        List<Long> missed = visits.raiseMissed(now, first, graceMinutes);
        return new Raised(late, missed);
    }

    /** Unacknowledged flags: the dispatch center's and administrators' all, community staff their community's. */
    @Transactional(readOnly = true)
    public List<VisitFlag> open(Actor actor) {
        if (actor.is(Role.CARE_DISPATCHER) || actor.isAdmin()) {
            return visits.openFlags(null);
        }
        if (actor.is(Role.COMMUNITY_STAFF)) {
            return visits.openFlags(actor.communityId());
        }
        throw new AccessDeniedException("visit flags are for the dispatch center and community staff");
    }

    public long openCount() {
        return visits.openFlagCount();
    }

    /** The dispatcher has seen to it (called the caregiver, re-dispatched, called the family); audited. */
    @Transactional
    public void acknowledge(Actor actor, long requestId, String kind) {
        if (!actor.is(Role.CARE_DISPATCHER)) {
            throw new AccessDeniedException("flags are acknowledged by the dispatch center");
        }
        if (!"LATE".equals(kind) && !"MISSED".equals(kind)) {
            throw new InvalidInputException("kind", "care.visit.error.flagKind");
        }
        if (!visits.acknowledge(requestId, kind, actor.username())) {
            throw new ConflictException("care.visit.conflict.flagAcknowledged", requestId, kind);
        }
        audit.record(actor, "care.visit.flagAcknowledged", "care_request", requestId, kind);
    }
}
