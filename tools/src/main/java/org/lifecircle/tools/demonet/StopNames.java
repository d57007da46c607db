package org.lifecircle.tools.demonet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the roads out of a 2013 bus-stop name. Zhengzhou names a stop after the road it stands on and
 * the road it is near: {@code 商务内环路九如路站} stands on 商务内环路 at 九如路, so a name with two roads
 * marks their crossing, and a name with one road ({@code 中州大道金水花园}) a point on that road.
 * Names without a road ({@code 会展中心}) say nothing about the streets.
 *
 * <p>The 2013 names are not consistent, so a few spellings are unified (each line below says which);
 * nothing here moves a position.
 */
final class StopNames {

    /** A road name: the shortest run of characters ending in 路, 街, 大道 or 大街. */
    private static final Pattern ROAD = Pattern.compile("\\p{IsHan}+?(?:大道|大街|路|街)");
    private static final Pattern CBD_STREET = Pattern.compile("[东西][一二三四五六七八九十]+街");

    /** Other spellings of one road → the name used in the network. */
    private static final Map<String, String> SAME_ROAD = Map.ofEntries(
            // the CBD rings are often written without 路 (商务外环九如路站); added before splitting, see below
            // the old city's names, used in 2013 also for the stretch east of 中州大道 (农业路金汇桥站 and
            // 农业东路金汇桥 are one place): the network names the whole road by its Zhengdong name
            Map.entry("农业路", "农业东路"),
            Map.entry("金水路", "金水东路"),
            Map.entry("黄河路", "黄河东路"),
            Map.entry("东风路", "东风东路"),
            // misspellings
            Map.entry("熊儿河路", "熊耳河路"),
            Map.entry("熊耳路", "熊耳河路"),
            Map.entry("货站街", "货栈街"),
            Map.entry("凤皇路", "凤凰路"));

    /**
     * Stops named after a place that is a crossing: the 金水路 interchange of 中州大道. (The 郑汴立交
     * stop is not one: it stands at the 金水立交 stops, 1.6 km from 郑汴路.)
     */
    private static final Map<String, List<String>> CROSSING_PLACES = Map.of("金水立交", List.of("金水东路", "中州大道"));

    /**
     * Stop names that use another name of the road they stand on: south of 金水东路 the road is 黄河南路
     * (黄河东路万通街 and 黄河南路万通街 are one place), but two stops keep the northern name.
     */
    private static final Map<String, String> RENAMED = Map.of(
            "黄河东路万通街", "黄河南路万通街",
            "商鼎路黄河东路", "商鼎路黄河南路");

    private StopNames() {
    }

    /** The stop name without the 站 suffix, bracketed notes and spaces. */
    static String clean(String stopName) {
        return stopName.strip().replaceAll("（[^）]*）|\\([^)]*\\)", "").replaceAll("站\\d*$", "").strip();
    }

    /** The roads a stop name mentions, in order: none, one (a point on it) or two (their crossing). */
    static List<String> roads(String stopName) {
        String name = RENAMED.getOrDefault(clean(stopName), clean(stopName));
        if (CROSSING_PLACES.containsKey(name)) {
            return CROSSING_PLACES.get(name);
        }
        // 商务外环九如路 → 商务外环路九如路, 农业东路龙湖外环 → 农业东路龙湖外环路
        name = name.replaceAll("商务([内外])环(?!路)", "商务$1环路").replaceAll("龙湖外环(?![东南西]?路)", "龙湖外环路");
        List<String> roads = new ArrayList<>();
        Matcher m = ROAD.matcher(name);
        int at = 0;
        while (roads.size() < 2 && m.find(at) && m.start() == at) {
            roads.add(m.group());
            at = m.end();
        }
        for (int i = 0; i < roads.size(); i++) {
            roads.set(i, unify(roads.get(i), roads));
        }
        return roads;
    }

    private static String unify(String road, List<String> together) {
        // 商务内环路西六街: the CBD's numbered streets, written without their 商务 prefix next to a ring
        if (CBD_STREET.matcher(road).matches() && together.stream().anyMatch(r -> r.startsWith("商务"))) {
            return "商务" + road;
        }
        return SAME_ROAD.getOrDefault(road, road);
    }
}
