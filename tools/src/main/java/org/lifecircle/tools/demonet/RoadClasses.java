package org.lifecircle.tools.demonet;

import java.util.Map;
import java.util.Set;

/**
 * Which arterial is a primary, secondary or tertiary road: a judgement from the roads' widths and
 * roles in Zhengdong (through roads, the CBD rings and the roads radiating from them), not survey data.
 * It only changes how the map draws them: pedestrians may walk all three, on their sidewalks.
 */
final class RoadClasses {

    private static final Set<String> PRIMARY = Set.of("中州大道", "农业东路", "金水东路", "商都路", "郑汴路");
    private static final Set<String> SECONDARY = Set.of("东风东路", "黄河东路", "黄河南路", "九如路", "众意路",
            "众意西路", "如意东路", "如意西路", "商务内环路", "商务外环路", "龙湖外环路", "农业南路", "东风南路",
            "商鼎路", "通泰路", "未来路", "英协路", "商城路", "凤凰路", "正光路");

    private RoadClasses() {
    }

    /** The OSM tags of an arterial: its class, its name and sidewalks on both sides. */
    static Map<String, String> tags(String road) {
        String highway = PRIMARY.contains(road) ? "primary" : SECONDARY.contains(road) ? "secondary" : "tertiary";
        return Map.of("highway", highway, "name", road, "sidewalk", "both");
    }
}
