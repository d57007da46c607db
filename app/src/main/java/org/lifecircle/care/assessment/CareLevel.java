package org.lifecircle.care.assessment;

/**
 * The ability level of GB/T 42195-2022 (老年人能力等级), from the total of the four dimension scores (0–90).
 * <p>
 * RECONSTRUCTED: the total-score bands below (90; 66–89; 46–65; 30–45; 0–29) are the ones the standard is widely
 * quoted with, but the standard's text could not be consulted while this was written; see docs/CARE.md. The
 * standard's adjustments (a person in a coma is rated fully disabled whatever the scores; some level changes after
 * specific items) are not modelled: the level is the plain band of the total.
 */
public enum CareLevel {
    /** 能力完好 */
    INTACT(90, 90),
    /** 轻度失能 (能力轻度受损) */
    MILD(66, 89),
    /** 中度失能 (能力中度受损) */
    MODERATE(46, 65),
    /** 重度失能 (能力重度受损) */
    SEVERE(30, 45),
    /** 完全失能 (能力完全丧失) */
    TOTAL(0, 29);

    private final int minTotal;
    private final int maxTotal;

    CareLevel(int minTotal, int maxTotal) {
        this.minTotal = minTotal;
        this.maxTotal = maxTotal;
    }

    public int minTotal() {
        return minTotal;
    }

    public int maxTotal() {
        return maxTotal;
    }

    /** @throws IllegalArgumentException outside 0–90 */
    public static CareLevel ofTotal(int total) {
        for (CareLevel level : values()) {
            if (total >= level.minTotal && total <= level.maxTotal) {
                return level;
            }
        }
        throw new IllegalArgumentException("total " + total + " is outside 0–" + Dimension.MAX_TOTAL);
    }
}
