package org.openace.reports.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.reports.ReportColumn;
import org.openace.reports.ReportColumn.Kind;
import org.openace.reports.ReportResult;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportTests {

    @TempDir
    Path folder;

    private final ReportFormats formats = TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS);

    @Test
    void es003HeaderLineIsTheHeadersExactlyAsPublished() throws Exception {
        ReportResult result = TestResults.write(folder, TestResults.ES_003_TITLE, TestResults.ES_003,
                TestResults.es003(3));

        String csv = csv(result);

        assertThat(csv).startsWith("Entry Summary Number,Entry Summary Line Number,Entry Type Code,Importer Number,"
                + "Port of Entry Code,Entry Date,Entry Summary Date,HTS Number - Full,Tariff Ordinal Number,"
                + "Line Tariff Goods Value Amount,Line Tariff Duty Amount,Country of Origin Code,"
                + "Country of Export Code,Line Tariff Quantity (1),Line Tariff UOM (1) Code\r\n");
        assertThat(csv.split("\r\n")).hasSize(4);
    }

    @Test
    void valuesAreWrittenAsAceWritesThemAndMachinesReadThem() throws Exception {
        ReportResult result = TestResults.write(folder, "Values", List.of(
                        new ReportColumn("Entry Summary Number", Kind.TEXT),
                        new ReportColumn("Line", Kind.INTEGER),
                        new ReportColumn("Entry Date", Kind.DATE),
                        new ReportColumn("Amount", Kind.MONEY),
                        new ReportColumn("Quantity", Kind.QUANTITY)),
                """
                select * from (values
                    ('D3M90000015', 1::bigint, date '2026-01-31', 10000.00::decimal(18,2), 12.500000::decimal(21,6)),
                    ('D3M90000023', 12::bigint, date '2026-12-01', -12.5::decimal(18,2), 100::decimal(21,6)),
                    ('D3M90000031', 3::bigint, date '2026-07-04', 1234567.8::decimal(18,2), 0::decimal(21,6)),
                    ('D3M90000049', 4::bigint, date '2026-02-03', 0::decimal(18,2), 0.000001::decimal(21,6)),
                    (null, null, null, null, null))
                """);

        assertThat(csv(result)).isEqualTo("""
                Entry Summary Number,Line,Entry Date,Amount,Quantity\r
                D3M90000015,1,01/31/2026,10000.00,12.5\r
                D3M90000023,12,12/01/2026,-12.50,100\r
                D3M90000031,3,07/04/2026,1234567.80,0\r
                D3M90000049,4,02/03/2026,0.00,0.000001\r
                ,,,,\r
                """);
    }

    @Test
    void quotesOnlyWhereRfc4180RequiresAndSpecialCharactersSurvive() throws Exception {
        ReportResult result = TestResults.write(folder, "Special", List.of(
                        new ReportColumn("Description, \"as filed\"", Kind.TEXT),
                        new ReportColumn("Amount", Kind.MONEY)),
                """
                select * from (values
                    ('plain text', 1.00::decimal(18,2)),
                    ('a, b', 2.00::decimal(18,2)),
                    ('say "hi"', 3.00::decimal(18,2)),
                    ('two' || chr(10) || 'lines', 4.00::decimal(18,2)),
                    ('Zoë, Ærø, Łódź, 中文, 😀', 5.00::decimal(18,2)),
                    ('', 6.00::decimal(18,2)))
                """);

        String csv = csv(result);

        assertThat(csv).isEqualTo("\"Description, \"\"as filed\"\"\",Amount\r\n"
                + "plain text,1.00\r\n"
                + "\"a, b\",2.00\r\n"
                + "\"say \"\"hi\"\"\",3.00\r\n"
                + "\"two\nlines\",4.00\r\n"
                + "\"Zoë, Ærø, Łódź, 中文, 😀\",5.00\r\n"
                + ",6.00\r\n");
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(0).get(0)).isEqualTo("Description, \"as filed\"");
        assertThat(records.stream().skip(1).map(r -> r.get(0))).containsExactly("plain text", "a, b", "say \"hi\"",
                "two\nlines", "Zoë, Ærø, Łódź, 中文, 😀", "");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostropheAndNumbersStayNumbers() throws Exception {
        ReportResult result = TestResults.write(folder, "Formulas", List.of(
                        new ReportColumn("Text", Kind.TEXT),
                        new ReportColumn("Amount", Kind.MONEY),
                        new ReportColumn("Quantity", Kind.QUANTITY)),
                """
                select * from (values
                    ('=HYPERLINK("http://evil","x")', -1.00::decimal(18,2), -2.5::decimal(21,6)),
                    ('+cmd|'' /C calc''!A0', -1234.56::decimal(18,2), 1::decimal(21,6)),
                    ('-2+3', 0.01::decimal(18,2), 1::decimal(21,6)),
                    ('@SUM(A1:A2)', 1::decimal(18,2), 1::decimal(21,6)),
                    (chr(9) || '=1', 1::decimal(18,2), 1::decimal(21,6)),
                    ('-5', 1::decimal(18,2), 1::decimal(21,6)),
                    ('+1.25', 1::decimal(18,2), 1::decimal(21,6)),
                    ('a=b', 1::decimal(18,2), 1::decimal(21,6)))
                """);

        List<CSVRecord> records = parse(csv(result));

        assertThat(records.stream().skip(1).map(r -> r.get(0))).containsExactly("'=HYPERLINK(\"http://evil\",\"x\")",
                "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1:A2)", "'\t=1", "-5", "+1.25", "a=b");
        assertThat(records.get(1).get(1)).isEqualTo("-1.00");
        assertThat(records.get(1).get(2)).isEqualTo("-2.5");
        assertThat(records.get(2).get(1)).isEqualTo("-1234.56");
    }

    @Test
    void aResultWithoutRowsIsItsHeaderLine() throws Exception {
        ReportResult result = TestResults.write(folder, TestResults.ES_003_TITLE, TestResults.ES_003,
                TestResults.es003(0));

        assertThat(csv(result)).isEqualTo(CsvReportWriter.header(TestResults.ES_003)).endsWith("Code\r\n");
    }

    @Test
    void refusesAResultFileWhoseColumnsAreNotTheReportsColumns() throws Exception {
        ReportResult file = TestResults.write(folder, "Two", List.of(new ReportColumn("A", Kind.TEXT),
                new ReportColumn("B", Kind.TEXT)), "select 'a', 'b'");
        ReportResult wrong = new ReportResult("Three", file.file(), List.of(new ReportColumn("A", Kind.TEXT),
                new ReportColumn("B", Kind.TEXT), new ReportColumn("C", Kind.TEXT)), 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> csv(wrong))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 columns");
    }

    private String csv(ReportResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        formats.write(result, ReportFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
