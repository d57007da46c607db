package org.lifecircle.care.assessment;

/**
 * The four first-level indicators of GB/T 42195-2022 and the most each can score (higher is more able). The
 * maxima (32 + 16 + 22 + 20 = 90) are reconstructed like the bands of {@link CareLevel}.
 */
public enum Dimension {
    /** 自理能力: eating, grooming, bathing, dressing, toileting, continence (8 items). */
    SELF_CARE("selfCare", 32),
    /** 基础运动能力: bed and chair transfers, walking, stairs (4 items). */
    BASIC_MOTOR("basicMotor", 16),
    /** 精神状态: orientation, memory, understanding, expression, behaviour, mood, consciousness (9 items). */
    MENTAL_STATE("mentalState", 22),
    /** 感知觉与社会参与: vision, hearing, daily affairs, transport, social contact (5 items). */
    PERCEPTION_SOCIAL("perceptionSocial", 20);

    public static final int MAX_TOTAL = 90;

    private final String field;
    private final int max;

    Dimension(String field, int max) {
        this.field = field;
        this.max = max;
    }

    /** The form and JSON field that holds this dimension's score. */
    public String field() {
        return field;
    }

    public int max() {
        return max;
    }
}
