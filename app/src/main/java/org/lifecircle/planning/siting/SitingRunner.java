package org.lifecircle.planning.siting;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.lifecircle.engine.siting.SitingProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs siting problems in the background, one at a time (the matrix and the solvers use every core), in the order
 * queued. Progress goes to the run's row at most a few times a second; the answer or the failure when it ends.
 * Runs a stopped platform left unfinished are marked failed when it starts again.
 */
@Component
class SitingRunner {

    private static final Logger log = LoggerFactory.getLogger(SitingRunner.class);
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final SitingRepository runs;
    private final ThreadPoolExecutor executor;

    SitingRunner(SitingRepository runs, SitingSettings settings) {
        this.runs = runs;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(settings.queueSize()), r -> {
            Thread t = new Thread(r, "lifecircle-siting");
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether another run can be queued now. */
    boolean hasRoom() {
        return executor.getQueue().remainingCapacity() > 0;
    }

    void submit(long id, SitingProblem problem) {
        executor.execute(() -> run(id, problem));
    }

    private void run(long id, SitingProblem problem) {
        try {
            runs.progress(id, SitingProgress.Phase.MATRIX.name(), 0);
            SitingResult result = SitingComputation.run(problem, new Throttled(id));
            runs.done(id, result);
        } catch (IllegalArgumentException e) { // a model the engine refuses to build (too large for exact solving)
            log.info("siting run {} refused: {}", id, e.getMessage());
            runs.failed(id, "planning.siting.failed.tooLarge");
        } catch (IllegalStateException e) { // no answer within the time limit
            log.info("siting run {} ended without an answer: {}", id, e.getMessage());
            runs.failed(id, "planning.siting.failed.noAnswer");
        } catch (RuntimeException | LinkageError e) {
            log.error("siting run {} failed", id, e);
            runs.failed(id, "planning.siting.failed.unexpected");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void failLeftovers() {
        int n = runs.failUnfinished("planning.siting.failed.restarted");
        if (n > 0) {
            log.info("{} siting runs were left unfinished by the last stop: marked failed", n);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Writes progress when the phase changes, and otherwise at most every quarter second. */
    private final class Throttled implements SitingProgress {
        private final long id;
        private Phase last;
        private long lastNanos;

        Throttled(long id) {
            this.id = id;
        }

        @Override
        public synchronized void report(Phase phase, double fraction) {
            long now = System.nanoTime();
            if (phase != last || now - lastNanos >= PROGRESS_EVERY_NANOS) {
                last = phase;
                lastNanos = now;
                if (phase != Phase.DONE) {
                    runs.progress(id, phase.name(), fraction);
                }
            }
        }
    }
}
