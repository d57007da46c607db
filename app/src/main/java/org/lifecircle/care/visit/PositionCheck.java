package org.lifecircle.care.visit;

/** How the phone's positions compare with the elder's place; the worse of check-in and check-out counts. */
public enum PositionCheck {
    MATCHED, NO_POSITION, MISMATCH;

    PositionCheck worse(PositionCheck other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
