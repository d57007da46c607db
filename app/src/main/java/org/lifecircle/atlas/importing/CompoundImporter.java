package org.lifecircle.atlas.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.identity.Actor;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Residential compounds (小区/楼院), keyed by community + name. A blank population with known
 * households is estimated at 2.62 persons per household (2020 census, 金水区) and marked so.
 */
@Component
class CompoundImporter implements KindImporter {

    /** Persons per household, 2020 census for 金水区; documented in IMPORT-FORMATS.md. */
    static final BigDecimal PERSONS_PER_HOUSEHOLD = new BigDecimal("2.62");

    private final JdbcClient jdbc;
    private final AtlasLookup lookup;

    CompoundImporter(JdbcClient jdbc, AtlasLookup lookup) {
        this.jdbc = jdbc;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.COMPOUNDS;
    }

    record Compound(long communityId, String name, String address, Integer households, Integer population,
                    BigDecimal elderlyShare, RowReader.Position position, boolean estimated, String note) {
    }

    @Override
    public Counts importRows(Actor actor, List<RowReader> rows, Problems problems) {
        NameIndex communities = lookup.communities();
        List<Compound> compounds = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (RowReader row : rows) {
            Long community = References.resolve(row, "community", communities, "community");
            if (community != null && !actor.canManageCommunity(community)) {
                row.problem("community", "imports.error.scope.community", row.text("community"));
                community = null;
            }
            String name = row.required("name", 150);
            String address = row.text("address", 300);
            Integer households = row.wholeNumber("households");
            Integer population = row.wholeNumber("population");
            BigDecimal share = row.share("elderly_share");
            RowReader.Position position = row.position();
            boolean estimated = row.bool("estimated");
            String note = row.text("note", 1000);
            if (population == null && households != null && row.text("population") == null) {
                population = new BigDecimal(households).multiply(PERSONS_PER_HOUSEHOLD)
                        .setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
                estimated = true;
            }
            if (community == null || name == null || position == null) {
                continue;
            }
            Integer earlier = keys.putIfAbsent(community + "\n" + NameIndex.normal(name), row.number());
            if (earlier != null) {
                row.problem("name", "imports.error.duplicateKey", earlier);
                continue;
            }
            compounds.add(new Compound(community, name, address, households, population, share, position,
                    estimated, note));
        }
        problems.throwIfAny();
        Counts counts = new Counts();
        for (Compound c : compounds) {
            counts.add(jdbc.sql("""
                    insert into compound (community_id, name, name_sort, name_initials, address, households, population,
                        elderly_share, lon, lat, source_lon, source_lat, source_crs, estimated, note)
                    values (:community, :name, :sort, :initials, :address, :households, :population, :share,
                        :lon, :lat, :sourceLon, :sourceLat, :crs, :estimated, :note)
                    on conflict (community_id, name) do update set name_sort = excluded.name_sort,
                        name_initials = excluded.name_initials, address = excluded.address,
                        households = excluded.households, population = excluded.population,
                        elderly_share = excluded.elderly_share, lon = excluded.lon, lat = excluded.lat,
                        source_lon = excluded.source_lon, source_lat = excluded.source_lat,
                        source_crs = excluded.source_crs, estimated = excluded.estimated, note = excluded.note,
                        updated_at = now()
                    returning (xmax = 0)""")
                    .param("community", c.communityId()).param("name", c.name())
                    .param("sort", Pinyin.sortKey(c.name())).param("initials", Pinyin.initials(c.name()))
                    .param("address", c.address()).param("households", c.households())
                    .param("population", c.population()).param("share", c.elderlyShare())
                    .param("lon", c.position().wgs84().lon()).param("lat", c.position().wgs84().lat())
                    .param("sourceLon", c.position().source().lon()).param("sourceLat", c.position().source().lat())
                    .param("crs", c.position().system().name()).param("estimated", c.estimated())
                    .param("note", c.note())
                    .query(Boolean.class).single());
        }
        return counts;
    }
}
