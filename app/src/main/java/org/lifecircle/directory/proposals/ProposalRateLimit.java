package org.lifecircle.directory.proposals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lifecircle.directory.DirectorySettings;
import org.springframework.stereotype.Component;

/**
 * A simple flood guard for the public proposal form: at most {@code proposalsPerHour} proposals per client address
 * in any hour (a sliding window, kept in memory: a restart forgets it, which is fine for its purpose). It is not an
 * abuse defence behind a proxy that hides the client's address; the deployment's proxy should limit too.
 */
@Component
class ProposalRateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_CLIENTS = 10_000;

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    ProposalRateLimit(DirectorySettings settings) {
        this(settings.proposalsPerHour(), Clock.systemUTC());
    }

    /** For tests: a limit and a clock of their own. */
    ProposalRateLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts one proposal from {@code client}; false when it is over the limit (and then it is not counted). */
    boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (recent.size() > MAX_CLIENTS) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
