package org.lifecircle.engine.cli;

import java.util.Locale;

/** How numbers are written in the outputs and messages: dot decimals whatever the locale. */
final class Formats {

    private Formats() {
    }

    /** A number without a needless ".0": 5, 7.5, 1200. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Fixed decimals; blank for infinity or NaN (not reached, not known). */
    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }

    /** Seconds as minutes with 2 decimals (0.6 s); blank when not reached. */
    static String minutes(double seconds) {
        return fixed(seconds / 60, 2);
    }
}
