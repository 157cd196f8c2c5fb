package org.openace.reports.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.reports.ReportColumn;
import org.openace.reports.ReportColumn.Kind;
import org.openace.reports.ReportResult;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's {@link ReportFormats} reads a run's result file on the node's analytics store, with its settings and
 * texts. (The analytics feed tests' context, shared: these tests only read files of their own.)
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=analytics-feed", "openace.analytics.enabled=true"})
class ReportFormatsIntegrationTests {

    @Autowired
    ReportFormats formats;

    @TempDir
    Path folder;

    @Test
    void writesEachFormatFromAResultFileOnTheNodesAnalyticsStore() throws Exception {
        ReportResult result = TestResults.write(folder, "ES-003 Entry Summary Line Tariff Details", List.of(
                        new ReportColumn("Entry Summary Number", Kind.TEXT),
                        new ReportColumn("Entry Date", Kind.DATE),
                        new ReportColumn("Line Tariff Duty Amount", Kind.MONEY)),
                "select * from (values ('D3M90000015', date '2026-01-31', 1234.50::decimal(18,2)),"
                        + " ('D3M90000023', date '2026-02-01', -0.01::decimal(18,2)))");

        assertThat(new String(write(result, ReportFormat.CSV), StandardCharsets.UTF_8)).isEqualTo(
                "Entry Summary Number,Entry Date,Line Tariff Duty Amount\r\n"
                        + "D3M90000015,01/31/2026,1234.50\r\nD3M90000023,02/01/2026,-0.01\r\n");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(result, ReportFormat.XLSX)))) {
            assertThat(workbook.getSheet("Main Report").getRow(2).getCell(2).getNumericCellValue()).isEqualTo(-0.01);
        }
        try (var pdf = Loader.loadPDF(write(result, ReportFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("2 rows", "D3M90000023", "1,234.50");
        }
        assertThat(formats.pdfRowLimit()).isEqualTo(10_000);
    }

    private byte[] write(ReportResult result, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        formats.write(result, format, out);
        return out.toByteArray();
    }
}
