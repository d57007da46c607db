package org.lifecircle.programme.buildout;

/** Which planned centers to list; a null part matches all. */
public record ProgrammeFilter(Integer phase, BuildStatus status, Long subDistrictId) {

    public static final ProgrammeFilter ALL = new ProgrammeFilter(null, null, null);
}
