package org.lifecircle.atlas.importing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.identity.Actor;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Districts, sub-districts (街道) and communities (社区) from one flat list, keyed by their
 * NBS codes. A code repeated with another name, or a community code that does not extend its
 * sub-district's code, is a problem. Only district-wide staff may import divisions.
 */
@Component
class DivisionImporter implements KindImporter {

    private final JdbcClient jdbc;

    DivisionImporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DIVISIONS;
    }

    record Division(String code, String name, String parentCode) {
    }

    @Override
    public Counts importRows(Actor actor, List<RowReader> rows, Problems problems) {
        Map<String, Division> districts = new LinkedHashMap<>();
        Map<String, Division> subDistricts = new LinkedHashMap<>();
        Map<String, Division> communities = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        if (!actor.canManageDistrict()) {
            // one problem for the file, not one per row: the whole list is out of scope
            problems.add(1, "", "imports.error.scope.district");
            problems.throwIfAny();
        }
        for (RowReader row : rows) {
            // a county's statistical code, or a local code of up to 12 letters and digits for a
            // functional district that has none (郑东新区's sub-districts belong to 金水区 and 管城区)
            String districtCode = code(row, "district_code", "[0-9A-Z]{1,12}");
            String districtName = row.required("district_name", 100);
            String subCode = code(row, "sub_district_code", "\\d{9}|\\d{12}");
            String subName = row.required("sub_district_name", 100);
            String communityCode = code(row, "community_code", "\\d{12}");
            String communityName = row.required("community_name", 100);
            if (subCode != null && communityCode != null && !communityCode.startsWith(subCode.substring(0, 9))) {
                row.problem("community_code", "imports.error.codeNotUnder", communityCode, subCode);
            }
            put(row, "district_code", districts, firstRow, new Division(districtCode, districtName, null));
            put(row, "sub_district_code", subDistricts, firstRow, new Division(subCode, subName, districtCode));
            if (communityCode != null && communities.containsKey(communityCode)) {
                row.problem("community_code", "imports.error.duplicateKey", firstRow.get("c" + communityCode));
            } else {
                put(row, "community_code", communities, firstRow, new Division(communityCode, communityName, subCode));
            }
        }
        problems.throwIfAny();
        Counts counts = new Counts();
        districts.values().forEach(d -> counts.add(jdbc.sql("""
                insert into district (code, name) values (:code, :name)
                on conflict (code) do update set name = excluded.name returning (xmax = 0)""")
                .param("code", d.code()).param("name", d.name()).query(Boolean.class).single()));
        subDistricts.values().forEach(s -> counts.add(jdbc.sql("""
                insert into sub_district (district_id, code, name, name_sort)
                values ((select id from district where code = :parent), :code, :name, :sort)
                on conflict (code) do update set district_id = excluded.district_id, name = excluded.name,
                    name_sort = excluded.name_sort returning (xmax = 0)""")
                .param("parent", s.parentCode()).param("code", s.code()).param("name", s.name())
                .param("sort", Pinyin.sortKey(s.name())).query(Boolean.class).single()));
        communities.values().forEach(c -> counts.add(jdbc.sql("""
                insert into community (sub_district_id, code, name, name_sort, name_initials)
                values ((select id from sub_district where code = :parent), :code, :name, :sort, :initials)
                on conflict (code) do update set sub_district_id = excluded.sub_district_id, name = excluded.name,
                    name_sort = excluded.name_sort, name_initials = excluded.name_initials returning (xmax = 0)""")
                .param("parent", c.parentCode()).param("code", c.code()).param("name", c.name())
                .param("sort", Pinyin.sortKey(c.name())).param("initials", Pinyin.initials(c.name()))
                .query(Boolean.class).single()));
        return counts;
    }

    private static String code(RowReader row, String key, String pattern) {
        String code = row.required(key, 12);
        if (code != null && !code.matches(pattern)) {
            row.problem(key, "imports.error.code", code);
            return null;
        }
        return code;
    }

    /** Records a division once; the same code with another name or parent is a problem. */
    private static void put(RowReader row, String key, Map<String, Division> map, Map<String, Integer> firstRow,
                            Division division) {
        if (division.code() == null || division.name() == null) {
            return;
        }
        Division earlier = map.get(division.code());
        String tag = key.charAt(0) + division.code();
        if (earlier == null) {
            map.put(division.code(), division);
            firstRow.put(tag, row.number());
        } else if (!earlier.name().equals(division.name())
                || (earlier.parentCode() != null && !earlier.parentCode().equals(division.parentCode()))) {
            row.problem(key, "imports.error.inconsistent", division.code(), firstRow.get(tag), earlier.name());
        }
    }
}
