package org.lifecircle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.importing.ImportResult;
import org.lifecircle.atlas.importing.ImportService;
import org.lifecircle.atlas.importing.ProblemMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The loader is built by hand on the shared test context (the demo profile is off in tests),
 * pointed at small fixture files instead of the real demo district.
 */
@IntegrationTest
class DemoDataLoaderIT {

    @Autowired
    ImportService imports;
    @Autowired
    ProblemMessages messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResourceLoader resources;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DivisionService divisions;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    DemoProgramme programme;
    @Autowired
    DemoErrands errands;
    @Autowired
    DemoPortal portal;
    @Autowired
    DemoCare care;
    @Autowired
    DemoCareHistory careHistory;

    @Autowired
    DemoVisits visits;

    DemoDataLoader loader(String location) {
        return new DemoDataLoader(imports, messages, divisions, resources, transaction, accounts, programme, errands,
                portal, care, careHistory, visits, location);
    }

    long count(String sql) {
        return jdbc.sql("select count(*) from " + sql).query(Long.class).single();
    }

    @Test
    void loadsTheFourFilesInOrderThroughTheImporter() {
        List<ImportResult> results = loader("classpath:imports/").load();
        assertThat(results).extracting(ImportResult::kind).containsExactlyElementsOf(DemoDataLoader.ORDER);
        assertThat(results).extracting(ImportResult::file)
                .containsExactly("divisions.csv", "compounds.csv", "centers.csv", "facilities.csv");
        assertThat(count("community where code = '410105560005'")).isEqualTo(1);
        assertThat(count("facility where name = '哈邻鲜生超市'")).isEqualTo(1);
        assertThat(count("audit_event where actor = 'system' and action = 'atlas.import.centers'")).isPositive();
        // the programme last, through its service: an open center linked to the registry, its four stages in the history
        assertThat(count("planned_center p join service_center c on c.id = p.center_id where p.name = '测试计划中心（已投用）'"
                + " and c.name = '如意湖便民服务中心' and p.status = 'OPEN'")).isEqualTo(1);
        assertThat(count("planned_center_status h join planned_center p on p.id = h.planned_center_id"
                + " where p.name = '测试计划中心（已投用）' and h.actor = 'system'")).isEqualTo(4);

        long imports = count("audit_event where action like 'atlas.import.%'");
        jdbc.sql("delete from errand_guide where community_id is null").update(); // other tests' guides are their communities'
        loader("classpath:imports").afterSingletonsInstantiated();
        assertThat(count("audit_event where action like 'atlas.import.%'"))
                .as("districts exist: the runner loads nothing").isEqualTo(imports);
        // the errand guides are filled once, when there is no district-wide guide, every one marked as an example
        assertThat(count("errand_guide where community_id is null")).isEqualTo(8);
        assertThat(count("errand_guide where example and community_id is null")).isEqualTo(8);
        loader("classpath:imports").afterSingletonsInstantiated();
        assertThat(count("errand_guide where community_id is null")).isEqualTo(8);
    }

    @Test
    void aBrokenDemoFileFailsLoudlyWithEveryProblemAndLeavesNothing() {
        assertThatThrownBy(() -> loader("classpath:imports/broken-demo/").load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("compounds.csv is broken (2 problems)")
                .hasMessageContaining("compounds.csv row 2 [households]: \"many\" is not a whole number")
                .hasMessageContaining("compounds.csv row 3 [lat]: Required value is blank.");
        assertThat(count("district where code = '419999'")).as("divisions rolled back with the rest").isZero();
    }

    @Test
    void aBrokenProgrammeRowIsNamedByRowAndFieldAndNothingIsEntered() {
        String csv = """
                名称,期次,街道,状态,选址日期,开工日期,计划开业日期
                测试坏计划甲,一期,如意湖街道,在建,2016-03-15,2017-03-01,2016-12-31
                测试坏计划乙,三期,没有的街道,已选址,2016-03-15,,
                """;
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                programme.load(new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("programme.csv is broken (3 problems)")
                .hasMessageContaining("programme.csv row 2 [plannedOpeningOn]: The planned opening cannot be before")
                .hasMessageContaining("programme.csv row 3 [期次]: unknown value \"三期\"")
                .hasMessageContaining("programme.csv row 3 [街道]: unknown value \"没有的街道\"");
        assertThat(count("planned_center where name like '测试坏计划%'")).isZero();
    }

    @Test
    void aMissingDemoFileFailsLoudly() {
        assertThatThrownBy(() -> loader("classpath:imports/nowhere/").load())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("divisions.csv is missing");
    }
}
