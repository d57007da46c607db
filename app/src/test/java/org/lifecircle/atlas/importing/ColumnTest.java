package org.lifecircle.atlas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ColumnTest {

    @Test
    void headersMatchInEitherLanguageIgnoringCaseSpacesAndBom() {
        Problems problems = new Problems("f.csv");
        Headers headers = Headers.map(List.of("\uFEFF区县代码", " District_Name ", "STREET CODE", "街道名称",
                "village-code", "社区名称", ""), 1, ImportColumns.of(ImportKind.DIVISIONS), problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(headers.index("district_code")).isZero();
        assertThat(headers.index("district_name")).isEqualTo(1);
        assertThat(headers.index("sub_district_code")).isEqualTo(2);
        assertThat(headers.index("community_code")).isEqualTo(4);
        assertThat(headers.label("sub_district_code")).isEqualTo("STREET CODE");
    }

    @Test
    void unknownDuplicateAndMissingHeadersAreProblemsOnTheHeaderRow() {
        Problems problems = new Problems("f.csv");
        Headers.map(List.of("名称", "name", "经度", "纬度", "楼栋"), 1, ImportColumns.of(ImportKind.COMPOUNDS), problems);
        assertThat(problems.size()).isEqualTo(3);
        try {
            problems.throwIfAny();
        } catch (ImportRejectedException e) {
            assertThat(e.problems()).extracting(ImportProblem::messageKey).containsExactly(
                    "imports.error.header.duplicate", "imports.error.header.unknown", "imports.error.header.missing");
            assertThat(e.problems()).extracting(ImportProblem::field).containsExactly("name", "楼栋", "社区");
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(1));
        }
    }

    @Test
    void exportHeadersFollowTheLanguage() {
        Column lon = ImportColumns.of(ImportKind.FACILITIES).get(3);
        assertThat(lon.header(Locale.SIMPLIFIED_CHINESE)).isEqualTo("经度");
        assertThat(lon.header(Locale.ENGLISH)).isEqualTo("lon");
    }
}
