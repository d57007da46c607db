package org.lifecircle.planning.standards;

/** How sure we are of a standard's row (the marks of the project's standards notes). */
public enum Confidence {
    /** Seen in a published source. */
    V,
    /** Consistent with secondary sources. */
    C,
    /** Reconstructed: to be checked against the official text before it becomes a hard rule. */
    R
}
