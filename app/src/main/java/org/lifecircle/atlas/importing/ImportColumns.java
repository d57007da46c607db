package org.lifecircle.atlas.importing;

import static org.lifecircle.atlas.importing.Column.optional;
import static org.lifecircle.atlas.importing.Column.required;

import java.util.List;

/** The columns of each import format, in the order templates and exports write them. */
public final class ImportColumns {

    static final Column LON = required("lon", "经度", "longitude", "lng");
    static final Column LAT = required("lat", "纬度", "latitude");
    static final Column CRS = optional("crs", "坐标系", "coordinate_system");

    private static final List<Column> DIVISIONS = List.of(
            required("district_code", "区县代码"),
            required("district_name", "区县名称"),
            required("sub_district_code", "街道代码", "street_code"),
            required("sub_district_name", "街道名称", "street_name"),
            required("community_code", "社区代码", "village_code"),
            required("community_name", "社区名称", "village_name"));

    private static final List<Column> COMPOUNDS = List.of(
            required("community", "社区"),
            required("name", "名称", "小区名称"),
            optional("address", "地址"),
            optional("households", "户数"),
            optional("population", "人口"),
            optional("elderly_share", "老年人口占比"),
            LON, LAT, CRS,
            optional("estimated", "估算"),
            optional("note", "备注"));

    private static final List<Column> CENTERS = List.of(
            required("name", "名称", "中心名称"),
            required("sub_district", "街道", "street"),
            required("tier", "层级"),
            optional("address", "地址"),
            LON, LAT, CRS,
            optional("floors_above", "地上层数"),
            optional("floors_below", "地下层数"),
            optional("total_area_m2", "总面积"),
            optional("government_area_m2", "政务服务面积"),
            optional("social_area_m2", "社会事务面积"),
            optional("daily_life_area_m2", "生活服务面积"),
            optional("households_served", "服务户数"),
            optional("merchants", "商户数"),
            optional("communities", "服务社区"),
            optional("estimated", "估算"),
            optional("note", "备注"));

    private static final List<Column> FACILITIES = List.of(
            required("name", "名称", "商户名称"),
            optional("category", "类别"),
            optional("address", "地址"),
            LON, LAT, CRS,
            optional("business_scope", "经营范围"),
            optional("phone", "电话", "联系电话"),
            optional("opening_hours", "营业时间"),
            optional("center", "所属中心"),
            optional("community", "社区"),
            optional("subsidised", "补贴店"),
            optional("government_run", "政府运营"),
            optional("elder_friendly", "适老"),
            optional("floor_area_m2", "面积"),
            optional("amap_typecode", "高德类型"),
            optional("osm_tags", "OSM标签"),
            optional("external_source", "来源"),
            optional("external_id", "来源编号"),
            optional("estimated", "估算"));

    private ImportColumns() {
    }

    public static List<Column> of(ImportKind kind) {
        switch (kind) {
            case DIVISIONS:
                return DIVISIONS;
            case COMPOUNDS:
                return COMPOUNDS;
            case CENTERS:
                return CENTERS;
            default:
                return FACILITIES;
        }
    }
}
