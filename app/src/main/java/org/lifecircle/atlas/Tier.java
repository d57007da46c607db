package org.lifecircle.atlas;

/** The three tiers of the convenience service circle (三级). */
public enum Tier {
    /** 15分钟: large comprehensive convenience service center (大型综合便民服务中心). */
    CENTER_15,
    /** 10分钟: convenience service street (便民服务街区). */
    STREET_10,
    /** 5分钟: community-level circle (社区 / 楼院). */
    CIRCLE_5;

    public int minutes() {
        return switch (this) {
            case CENTER_15 -> 15;
            case STREET_10 -> 10;
            case CIRCLE_5 -> 5;
        };
    }
}
