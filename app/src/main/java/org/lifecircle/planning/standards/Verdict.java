package org.lifecircle.planning.standards;

/** What the registry says about one requirement at one center or in one community. */
public enum Verdict {
    /** Within the requirement's walk (a community: for at least the threshold share of its residents). */
    PRESENT,
    MISSING,
    /** The requirement names no catalogue kind, so the registry cannot tell. */
    NOT_MEASURABLE,
    /** A community with no residents recorded: no share to judge. */
    NO_RESIDENTS
}
