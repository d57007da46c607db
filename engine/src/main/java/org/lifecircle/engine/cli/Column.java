package org.lifecircle.engine.cli;

import java.util.List;
import java.util.Locale;

/**
 * The columns the tool reads, each with the headers accepted for it, English or Chinese. Headers are
 * compared after {@link #normalize}: case, surrounding spaces and a BOM are ignored, and inner spaces
 * (full-width too) and dashes read as {@code _}, so {@code Coordinate System} = {@code coordinate_system}.
 * The aliases follow the app's import formats (docs/IMPORT-FORMATS.md), so its files can be used as they are.
 */
enum Column {
    ID("id", "编号", "序号", "code", "代码"),
    NAME("name", "名称", "小区名称", "设施名称", "商户名称"),
    GROUP("group", "community", "社区", "所属社区", "分组"),
    POPULATION("population", "pop", "人口", "人口数"),
    CATEGORY("category", "类别", "设施类别"),
    LON("lon", "lng", "longitude", "经度"),
    LAT("lat", "latitude", "纬度"),
    CRS("crs", "coordinate_system", "坐标系");

    private final List<String> headers;

    Column(String... headers) {
        this.headers = List.of(headers);
    }

    /** The English header, used in messages. */
    String header() {
        return headers.get(0);
    }

    boolean accepts(String header) {
        return headers.contains(normalize(header));
    }

    static String normalize(String header) {
        return header.replace("\uFEFF", "").replace('\u3000', ' ').strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-]+", "_");
    }
}
