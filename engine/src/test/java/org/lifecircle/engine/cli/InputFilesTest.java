package org.lifecircle.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.engine.geo.ChinaCoordinates;
import org.lifecircle.engine.geo.CoordinateSystem;
import org.lifecircle.engine.geo.LonLat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The compounds and facilities files: headers, encodings, coordinate systems and the problems reported. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void englishHeadersWithoutIdsAndAGcj02DefaultAreConverted() throws IOException {
        Path file = write("c.csv", StandardCharsets.UTF_8, """
                Name,Longitude,Latitude,Population,Community
                如意湖小区,113.733681,34.78834,"1,200",如意东路社区

                天时路小区,113.72496,34.773878,850.5,
                """);
        InputFiles.Read<Compound> read = InputFiles.compounds(file, CoordinateSystem.GCJ02);
        assertThat(read.problems()).isEmpty();
        LonLat wgs = ChinaCoordinates.toWgs84(CoordinateSystem.GCJ02, new LonLat(113.733681, 34.78834));
        assertThat(read.rows()).containsExactly(
                new Compound(2, "2", "如意湖小区", "如意东路社区", wgs.lon(), wgs.lat(), 1200),
                new Compound(4, "4", "天时路小区", "", read.rows().get(1).lon(), read.rows().get(1).lat(), 850.5));
        assertThat(wgs.lon()).as("GCJ-02 moves points by hundreds of metres").isNotCloseTo(113.733681, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void chineseHeadersInGb18030AndARowCrsOverTheDefault() throws IOException {
        Path file = write("f.csv", Charset.forName("GB18030"), """
                编号,名称,类别,经度,纬度,坐标系,地址
                A1,社区卫生服务站,卫生服务站,113.7400,34.7800,百度,商务外环路
                A2,菜市场,菜市场,113.7300,34.7700,,
                """);
        InputFiles.Read<Facility> read = InputFiles.facilities(file, CoordinateSystem.WGS84);
        assertThat(read.problems()).isEmpty();
        assertThat(read.ignoredHeaders()).containsExactly("地址");
        LonLat fromBaidu = ChinaCoordinates.toWgs84(CoordinateSystem.BD09, new LonLat(113.74, 34.78));
        assertThat(read.rows()).containsExactly(
                new Facility(2, "A1", "社区卫生服务站", "卫生服务站", fromBaidu.lon(), fromBaidu.lat()),
                new Facility(3, "A2", "菜市场", "菜市场", 113.73, 34.77));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
        Path file = write("bom.csv", StandardCharsets.UTF_8, "\uFEFFcategory,lon,lat\nclinic,7.42,43.73\n");
        assertThat(InputFiles.facilities(file, CoordinateSystem.WGS84).rows()).hasSize(1);
    }

    @Test
    void everyProblemIsReportedByFileRowAndField() throws IOException {
        Path file = write("bad.csv", StandardCharsets.UTF_8, """
                id,name,lon,lat,population,crs
                1,a,113.7,34.7,-5,
                2,b,34.7,113.7,10,
                3,c,east,34.7,10,
                4,d,113.7,34.7,,
                5,e,113.7,34.7,10,mars-ish
                5,f,113.7,34.7,10,
                """);
        InputFiles.Read<Compound> read = InputFiles.compounds(file, CoordinateSystem.WGS84);
        assertThat(read.problems()).extracting(Problem::toString).containsExactly(
                file + ":2:population: must be 0 or more, was -5",
                file + ":3:lat: out of range: lat 113.7 not in [-90, 90] (lon and lat swapped?)",
                file + ":4:lon: not a number: 'east'",
                file + ":5:population: is blank",
                file + ":6:crs: unknown coordinate system 'mars-ish' (use WGS84, GCJ02 or BD09)",
                file + ":7:id: duplicate id '5' (first on row 6)");
    }

    @Test
    void headerProblemsAreOnRowOne() throws IOException {
        Path missing = write("missing.csv", StandardCharsets.UTF_8, "名称,经度,纬度\n甲,113.7,34.7\n");
        assertThat(InputFiles.compounds(missing, CoordinateSystem.WGS84).problems()).extracting(Problem::toString)
                .containsExactly(missing + ":1:population: missing column population (headers found: 名称, 经度, 纬度)");
        Path twice = write("twice.csv", StandardCharsets.UTF_8, "lon,lat,population,经度\n113.7,34.7,1,113.8\n");
        assertThat(InputFiles.compounds(twice, CoordinateSystem.WGS84).problems()).extracting(Problem::toString)
                .containsExactly(twice + ":1:经度: column lon is given twice (also as 'lon')");
        Path empty = write("empty.csv", StandardCharsets.UTF_8, "");
        assertThat(InputFiles.compounds(empty, CoordinateSystem.WGS84).problems()).extracting(Problem::toString)
                .containsExactly(empty + ": the file is empty: a header row is needed");
        Path headerOnly = write("header.csv", StandardCharsets.UTF_8, "lon,lat,population\n");
        assertThat(InputFiles.compounds(headerOnly, CoordinateSystem.WGS84).problems()).extracting(Problem::toString)
                .containsExactly(headerOnly + ": no data rows under the header");
    }

    @Test
    void brokenQuotingAndBinaryFilesAreProblemsOfTheFile() throws IOException {
        Path quote = write("quote.csv", StandardCharsets.UTF_8, "category,lon,lat\n\"clinic,7.42,43.73\n");
        assertThat(InputFiles.facilities(quote, CoordinateSystem.WGS84).problems()).singleElement().asString()
                .startsWith(quote + ": not valid CSV: ");
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0x81, 0x30});
        assertThat(InputFiles.facilities(binary, CoordinateSystem.WGS84).problems()).extracting(Problem::toString)
                .containsExactly(binary + ": not a text file (neither UTF-8 nor GB18030)");
    }

    @Test
    void cellsBeyondTheHeaderAreAProblem() throws IOException {
        Path file = write("extra.csv", StandardCharsets.UTF_8, "category,lon,lat\nclinic,7.42,43.73,oops\n");
        assertThat(InputFiles.facilities(file, CoordinateSystem.WGS84).problems()).extracting(Problem::toString)
                .containsExactly(file + ":2:column 4: 'oops' has no header; the header row has 3 columns");
    }

    private Path write(String name, Charset charset, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }
}
