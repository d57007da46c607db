package org.lifecircle.engine.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of the long steps on stderr. On a terminal, one line per step redrawn in place with
 * {@code \r} as a bar; elsewhere (a log file, a pipe, CI) plain lines: one when a step starts and one when
 * it ends, so logs stay readable. Quiet mode shows neither, but warnings are always shown.
 * Steps may be advanced from several threads.
 */
final class Progress {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private boolean lineOpen;

    Progress(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** Starts a step of {@code total} units of work (0 when it cannot be counted, e.g. the import). */
    Step start(String label, long total) {
        Step step = new Step(label, total);
        step.show();
        return step;
    }

    /** A line shown unless quiet. */
    synchronized void info(String line) {
        if (!quiet) {
            closeLine();
            err.println(line);
            err.flush();
        }
    }

    /** A line always shown. */
    synchronized void warn(String line) {
        closeLine();
        err.println(line);
        err.flush();
    }

    private void closeLine() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }

    /** One step: advance it as work gets done, then {@link #done} with a short summary. */
    final class Step {
        private final String label;
        private final long total;
        private final long startNanos = System.nanoTime();
        private long doneUnits;
        private int shownPercent = -1;
        private int barLength;

        private Step(String label, long total) {
            this.label = label;
            this.total = total;
        }

        private void show() {
            synchronized (Progress.this) {
                if (quiet) {
                    return;
                }
                if (!terminal) {
                    err.println(label + " …");
                } else {
                    err.print("\r" + label + " …");
                    lineOpen = true;
                }
                err.flush();
            }
        }

        void advance(long units) {
            synchronized (Progress.this) {
                doneUnits += units;
                int percent = total == 0 ? 0 : (int) (100 * doneUnits / total);
                if (quiet || !terminal || total == 0 || percent == shownPercent) {
                    return;
                }
                shownPercent = percent;
                int filled = BAR_WIDTH * percent / 100;
                String bar = String.format(Locale.ROOT, "%s [%s%s] %3d%% %d/%d", label, "#".repeat(filled),
                        "-".repeat(BAR_WIDTH - filled), percent, doneUnits, total);
                barLength = bar.length();
                err.print("\r" + bar);
                err.flush();
                lineOpen = true;
            }
        }

        void done(String summary) {
            synchronized (Progress.this) {
                if (quiet) {
                    return;
                }
                String line = String.format(Locale.ROOT, "%s: %s (%.1f s)", label, summary, (System.nanoTime() - startNanos) / 1e9);
                if (terminal) {
                    // blanks wipe what is left of a longer bar line
                    err.print("\r" + line + " ".repeat(Math.max(0, barLength - line.length())) + "\n");
                } else {
                    err.println(line);
                }
                lineOpen = false;
                err.flush();
            }
        }
    }
}
