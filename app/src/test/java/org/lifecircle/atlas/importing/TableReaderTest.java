package org.lifecircle.atlas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    @Test
    void xlsxNumbersKeepEveryDigitWhateverTheirDisplayFormat() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("小区");
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("社区");
            header.createCell(1).setCellValue("经度");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(410105560001d);
            row.createCell(1).setCellValue(113.7123456);
            row.getCell(1).setCellStyle(twoDecimals);
            workbook.write(out);
        }
        Problems problems = new Problems("x.xlsx");
        RawTable table = TableReader.read(ImportKind.COMPOUNDS, out.toByteArray(), problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(table.headers()).containsExactly("社区", "经度");
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cells()).containsExactly("410105560001", "113.7123456");
        });
    }

    @Test
    void csvInUtf8WithBomOrGb18030() {
        String text = "名称,地址\n\"如意湖, 药房\",九如路\n";
        for (byte[] bytes : new byte[][] {
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), text.getBytes(Charset.forName("GB18030"))}) {
            Problems problems = new Problems("x.csv");
            RawTable table = TableReader.read(ImportKind.FACILITIES, bytes, problems);
            assertThat(table.headers()).containsExactly("名称", "地址");
            assertThat(table.rows().get(0).cells()).containsExactly("如意湖, 药房", "九如路");
        }
    }

    @Test
    void rowNumbersAreExcelsEvenWithQuotedLineBreaks() {
        String text = "名称,备注\nA,\"two\nlines\"\nB,x\n";
        RawTable table = TableReader.read(ImportKind.FACILITIES, text.getBytes(StandardCharsets.UTF_8), new Problems("x"));
        assertThat(table.rows()).extracting(RawTable.Row::number).containsExactly(2, 3);
    }

    @Test
    void oldExcelAndBinaryAreOneProblem() {
        Problems problems = new Problems("x.xls");
        assertThat(TableReader.read(ImportKind.FACILITIES, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, problems)).isNull();
        assertThat(problems.size()).isEqualTo(1);
        Problems divisions = new Problems("d.geojson");
        assertThat(TableReader.read(ImportKind.DIVISIONS, "{\"type\":\"FeatureCollection\"}".getBytes(), divisions)).isNull();
        assertThat(divisions.size()).isEqualTo(1);
    }
}
