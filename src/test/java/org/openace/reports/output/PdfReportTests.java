package org.openace.reports.output;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.reports.ReportColumn;
import org.openace.reports.ReportColumn.Kind;
import org.openace.reports.ReportResult;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTests {

    private static final List<ReportColumn> FEW = List.of(
            new ReportColumn("Entry Summary Number", Kind.TEXT),
            new ReportColumn("Line", Kind.INTEGER),
            new ReportColumn("Entry Date", Kind.DATE),
            new ReportColumn("Duty Amount", Kind.MONEY),
            new ReportColumn("Quantity (1)", Kind.QUANTITY));

    @TempDir
    Path folder;

    @Test
    void holdsTheTitleTheHeadersAndTheRowsOnLandscapePages() throws Exception {
        ReportResult result = TestResults.write(folder, "ES-003 Entry Summary Line Tariff Details", FEW, """
                select * from (values
                    ('D3M90000015', 1::bigint, date '2026-01-31', 10000.00::decimal(18,2), 12.5::decimal(21,6)),
                    ('D3M90000023', 2::bigint, date '2026-12-01', -1234567.80::decimal(18,2), 100::decimal(21,6)))
                """);

        try (PDDocument pdf = pdf(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("ES-003 Entry Summary Line Tariff Details");
            assertThat(lines(text)).containsSubsequence(
                    "ES-003 Entry Summary Line Tariff Details",
                    "2 rows",
                    "Entry Summary Number Line Entry Date Duty Amount Quantity (1)",
                    "D3M90000015 1 01/31/2026 10,000.00 12.5",
                    "D3M90000023 2 12/01/2026 -1,234,567.80 100",
                    "Page 1 of 1");
        }
    }

    @Test
    void es003FitsItsFifteenColumnsAndRepeatsTheHeaderOnEveryNumberedPage() throws Exception {
        ReportResult result = TestResults.write(folder, TestResults.ES_003_TITLE, TestResults.ES_003,
                TestResults.es003(300));

        try (PDDocument pdf = pdf(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(pdf);
            for (int n = 1; n <= pages; n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String page = stripper.getText(pdf);
                assertThat(page).contains(TestResults.ES_003_TITLE, "Page " + n + " of " + pages);
                for (ReportColumn column : TestResults.ES_003) {
                    for (String word : column.header().split(" ")) {
                        assertThat(page).contains(word);
                    }
                }
            }
            assertThat(all).contains("D3M09000000", "D3M09000074", "**-***1299", "9403201000", "01/01/2026",
                    "300 rows");
            assertThat(all.split("D3M09", -1)).hasSize(301);
        }
    }

    @Test
    void holdsAtMostTheConfiguredRowsAndSaysSoOnItsFirstPage() throws Exception {
        ReportResult result = TestResults.write(folder, TestResults.ES_003_TITLE, TestResults.ES_003,
                TestResults.es003(50));
        ReportFormats formats = TestResults.formats(12, XlsxReportWriter.EXCEL_ROWS);

        try (PDDocument pdf = pdf(formats, result)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("This PDF holds the first 12 of 50 rows; the CSV and XLSX downloads hold all "
                    + "of them.");
            assertThat(text.split("D3M09", -1)).hasSize(13);
            assertThat(text).contains("D3M09000002").doesNotContain("D3M09000003");
        }
        assertThat(formats.pdfRowLimit()).isEqualTo(12);
        assertThat(formats.pdfHoldsAllRows(result)).isFalse();
        assertThat(TestResults.formats(50, XlsxReportWriter.EXCEL_ROWS).pdfHoldsAllRows(result)).isTrue();
    }

    @Test
    void aResultWithoutRowsIsItsHeaderRow() throws Exception {
        ReportResult result = TestResults.write(folder, "ES-003 Entry Summary Line Tariff Details", FEW,
                "select 'x', 1::bigint, current_date, 1::decimal(18,2), 1::decimal(21,6) where false");

        try (PDDocument pdf = pdf(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(lines(new PDFTextStripper().getText(pdf))).containsExactly(
                    "ES-003 Entry Summary Line Tariff Details", "No rows",
                    "Entry Summary Number Line Entry Date Duty Amount Quantity (1)", "Page 1 of 1");
        }
    }

    @Test
    void specialCharactersAreShownAsTheStandardFontsCan() throws Exception {
        ReportResult result = TestResults.write(folder, "Special \"characters\", é", List.of(
                        new ReportColumn("Text", Kind.TEXT), new ReportColumn("Amount", Kind.MONEY)),
                """
                select * from (values ('a, b "quoted"', 1.00::decimal(18,2)), ('Zoë Ærø', 2.00::decimal(18,2)),
                    ('two' || chr(10) || 'lines', 3.00::decimal(18,2)), ('中文 ok', 4.00::decimal(18,2)),
                    ('=1+2 @SUM(A1)', 5.00::decimal(18,2)))
                """);

        try (PDDocument pdf = pdf(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            assertThat(lines(new PDFTextStripper().getText(pdf))).containsSubsequence(
                    "Special \"characters\", é", "Text Amount", "a, b \"quoted\" 1.00", "Zoë Ærø 2.00",
                    "two lines 3.00", "?? ok 4.00", "=1+2 @SUM(A1) 5.00");
        }
    }

    @Test
    void longTextWrapsWithinItsColumnAndEndsWithAnEllipsisBeyondItsLines() throws Exception {
        ReportResult result = TestResults.write(folder, "Wrapped", FEW, """
                select * from (values
                    (repeat('word ', 20) || 'end', 1::bigint, date '2026-01-31', 1.00::decimal(18,2), 1::decimal(21,6)),
                    (repeat('many ', 200), 2::bigint, date '2026-01-31', 2.00::decimal(18,2), 2::decimal(21,6)))
                """);

        try (PDDocument pdf = pdf(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            List<String> lines = lines(new PDFTextStripper().getText(pdf));
            assertThat(String.join(" ", lines).split("word", -1)).hasSize(21);
            List<String> wrapped = lines.stream().filter(line -> line.startsWith("word")).toList();
            assertThat(wrapped).hasSizeGreaterThan(1);
            assertThat(String.join(" ", wrapped)).isEqualTo("word ".repeat(20) + "end");
            assertThat(lines.stream().filter(line -> line.contains("many")).count())
                    .isEqualTo(PdfText.MAX_LINES);
            assertThat(lines).anyMatch(line -> line.endsWith("\u2026"));
        }
    }

    private static PDDocument pdf(ReportFormats formats, ReportResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        formats.write(result, ReportFormat.PDF, out);
        return Loader.loadPDF(out.toByteArray());
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
