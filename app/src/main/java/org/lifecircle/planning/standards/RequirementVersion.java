package org.lifecircle.planning.standards;

import java.time.OffsetDateTime;

/** A requirement as it was after one change: the row's history, oldest first. */
public record RequirementVersion(int version, Change change, Requirement row, String changedBy, OffsetDateTime changedAt) {

    public enum Change { CREATED, UPDATED, DEACTIVATED, REACTIVATED }
}
