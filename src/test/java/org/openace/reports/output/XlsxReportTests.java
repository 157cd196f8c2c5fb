package org.openace.reports.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.reports.ReportColumn;
import org.openace.reports.ReportColumn.Kind;
import org.openace.reports.ReportResult;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxReportTests {

    @TempDir
    Path folder;

    @Test
    void holdsEveryRowOnMainReportWithTheHeaderBoldAndFrozen() throws Exception {
        ReportResult result = TestResults.write(folder, TestResults.ES_003_TITLE, TestResults.ES_003,
                TestResults.es003(250));

        try (XSSFWorkbook workbook = xlsx(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("Main Report");
            assertThat(sheet).isNotNull();
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(
                    TestResults.ES_003.stream().map(ReportColumn::header).toList());
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(250);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("D3M09000000");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            Row last = sheet.getRow(250);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("D3M09000062");
            assertThat(last.getCell(13).getNumericCellValue()).isEqualTo(311.25);
        }
    }

    @Test
    void datesAreDateCellsAndMoneyNumericCellsInDollars() throws Exception {
        ReportResult result = TestResults.write(folder, "Typed", List.of(
                        new ReportColumn("Entry Date", Kind.DATE),
                        new ReportColumn("Amount", Kind.MONEY),
                        new ReportColumn("Quantity", Kind.QUANTITY),
                        new ReportColumn("Line", Kind.INTEGER),
                        new ReportColumn("Text", Kind.TEXT)),
                """
                select * from (values
                    (date '2026-02-28', -1234.56::decimal(18,2), 12.5::decimal(21,6), 7::bigint, '=1+2'),
                    (null, null, null, null, null))
                """);

        try (XSSFWorkbook workbook = xlsx(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            Row row = workbook.getSheet("Main Report").getRow(1);
            Cell date = row.getCell(0);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("mm/dd/yyyy");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 28));
            Cell money = row.getCell(1);
            assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getNumericCellValue()).isEqualTo(-1234.56);
            assertThat(money.getCellStyle().getDataFormatString()).contains("$").contains("#,##0.00");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(12.5);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("=1+2");
            Row empty = workbook.getSheet("Main Report").getRow(2);
            assertThat(empty == null || empty.getPhysicalNumberOfCells() == 0).isTrue();
        }
    }

    @Test
    void moneyCellsSumToTheSumOfTheAmountsToTheCent() throws Exception {
        ReportResult result = TestResults.write(folder, "Money", List.of(new ReportColumn("Amount", Kind.MONEY)),
                """
                select * from (
                    select ((hash(i) % 2000000000000) / 100.0 - 5000000000.0)::decimal(18,2) from range(20000) t(i)
                    union all select * from (values (9999999999999.99::decimal(18,2)),
                        (-9999999999999.99::decimal(18,2)), (0.01::decimal(18,2)), (0.10::decimal(18,2)),
                        (0.20::decimal(18,2)), (0.30::decimal(18,2))))
                """);
        BigDecimal expected = new org.openace.reports.run.ResultDatabase().read(connection -> {
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("select sum(c1) from " + ResultFile.source(result))) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        });

        try (XSSFWorkbook workbook = xlsx(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            Sheet sheet = workbook.getSheet("Main Report");
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell cell = sheet.getRow(r).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                BigDecimal amount = BigDecimal.valueOf(cell.getNumericCellValue());
                assertThat(amount.setScale(2, RoundingMode.UNNECESSARY)).isEqualByComparingTo(amount);
                sum = sum.add(amount);
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(20_006);
            assertThat(sum).isEqualByComparingTo(expected);
        }
    }

    @Test
    void anAmountTooLargeForASpreadsheetNumberIsKeptExactAsText() throws Exception {
        ReportResult result = TestResults.write(folder, "Large", List.of(new ReportColumn("Amount", Kind.MONEY)),
                "select 1234567890123456.78::decimal(18,2)");

        try (XSSFWorkbook workbook = xlsx(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            Cell cell = workbook.getSheet("Main Report").getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("1234567890123456.78");
        }
    }

    @Test
    void rowsBeyondASheetContinueOnNumberedSheetsEachWithTheHeader() throws Exception {
        ReportResult result = TestResults.write(folder, TestResults.ES_003_TITLE, TestResults.ES_003,
                TestResults.es003(8));

        try (XSSFWorkbook workbook = xlsx(TestResults.formats(10_000, 4), result)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            List<String> entries = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                Sheet sheet = workbook.getSheetAt(s);
                assertThat(sheet.getSheetName()).isEqualTo(s == 0 ? "Main Report" : "Main Report (" + (s + 1) + ")");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Entry Summary Number");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    entries.add(sheet.getRow(r).getCell(0).getStringCellValue() + "/"
                            + (long) sheet.getRow(r).getCell(1).getNumericCellValue());
                }
            }
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(2);
            assertThat(entries).containsExactly("D3M09000000/1", "D3M09000000/2", "D3M09000000/3", "D3M09000000/4",
                    "D3M09000001/1", "D3M09000001/2", "D3M09000001/3", "D3M09000001/4");
        }
    }

    @Test
    void aResultWithoutRowsIsItsHeaderRow() throws Exception {
        ReportResult result = TestResults.write(folder, TestResults.ES_003_TITLE, TestResults.ES_003,
                TestResults.es003(0));

        try (XSSFWorkbook workbook = xlsx(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            Sheet sheet = workbook.getSheet("Main Report");
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(texts(sheet.getRow(0))).hasSize(15).contains("Line Tariff Quantity (1)");
        }
    }

    @Test
    void specialCharactersSurviveAsText() throws Exception {
        ReportResult result = TestResults.write(folder, "Special", List.of(new ReportColumn("Text", Kind.TEXT)),
                """
                select * from (values ('a, b'), ('say "hi"'), ('two' || chr(10) || 'lines'), ('Zoë 中文 😀'),
                    ('@SUM(A1)'), ('-2+3'))
                """);

        try (XSSFWorkbook workbook = xlsx(TestResults.formats(10_000, XlsxReportWriter.EXCEL_ROWS), result)) {
            Sheet sheet = workbook.getSheet("Main Report");
            List<String> texts = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.STRING);
                texts.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(texts).containsExactly("a, b", "say \"hi\"", "two\nlines", "Zoë 中文 😀", "@SUM(A1)",
                    "-2+3");
        }
    }

    @Test
    void leavesNoTemporaryFileBehind() throws Exception {
        ReportResult result = TestResults.write(folder, TestResults.ES_003_TITLE, TestResults.ES_003,
                TestResults.es003(1000));
        List<Path> before = temporaryFiles();

        xlsx(TestResults.formats(10_000, 300), result).close();

        assertThat(temporaryFiles()).isEqualTo(before);
    }

    /** Where Apache POI keeps the rows of a streaming workbook until it is written. */
    private static List<Path> temporaryFiles() throws Exception {
        Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poi)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(poi)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).sorted().toList();
        }
    }

    private static XSSFWorkbook xlsx(ReportFormats formats, ReportResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        formats.write(result, ReportFormat.XLSX, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
