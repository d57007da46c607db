package org.lifecircle.engine.access;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs {@code workers} tasks, worker {@code w} of {@code n} handling items {@code w, w+n, w+2n, ...} with
 * its own search state. Each item's result goes to its own slot, so the output does not depend on the
 * number of threads or on their timing.
 */
final class Parallel {

    private Parallel() {
    }

    /** A worker: given its index, processes its share of the items. */
    interface Worker {
        void run(int worker, int workers);
    }

    static void run(int threads, Worker worker) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (threads == 1) {
            worker.run(0, 1);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lifecircle-kernel");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                final int index = w;
                futures.add(pool.submit(() -> worker.run(index, threads)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Calls {@code item} for the worker's share of {@code 0..items-1}. */
    static void share(int worker, int workers, int items, IntConsumer item) {
        for (int i = worker; i < items; i += workers) {
            item.accept(i);
        }
    }
}
