package org.openace.reports.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openace.reports.run.ResultDatabase;
import org.openace.reports.ReportColumn;
import org.openace.reports.ReportResult;

/**
 * Writes a result as an XLSX workbook with Apache POI's streaming SXSSF workbook: only the last {@value #WINDOW}
 * rows are in memory, the others in gzip-compressed temporary files (uncompressed they take about 700 MB per
 * million ES-003 rows; compressing them costs about 40% more CPU: docs/benchmarks.md), deleted when the workbook is
 * closed, written or not.
 * <ul>
 * <li>Sheet "Main Report", as ACE's exports name it; beyond a sheet's rows (Excel's 1,048,576, the header
 * included) the rows continue on "Main Report (2)", "Main Report (3)", ..., each with the header: none is cut.</li>
 * <li>The header row bold and frozen; text as text cells (a spreadsheet never runs a text cell as a formula);
 * integers and quantities as numbers; dates as date cells shown mm/dd/yyyy; money as numbers shown as dollars.</li>
 * <li>Money is read as a BigDecimal and becomes a double only in the cell, Excel's only kind of number: an amount
 * of up to 15 significant digits (below $10,000,000,000,000.00) comes back exactly to the cent. A larger amount,
 * which a spreadsheet's number cannot hold to the cent, is written as a text cell of its exact digits.</li>
 * </ul>
 * The rows are read and the workbook built on the store's connection; the workbook is written to the stream after
 * the connection is closed.
 */
final class XlsxReportWriter {

    /** Excel's rows per sheet, the header included. */
    static final int EXCEL_ROWS = 1_048_576;
    static final String SHEET = "Main Report";
    static final int WINDOW = 100;
    private static final BigDecimal EXACT_BELOW = new BigDecimal("10000000000000");

    private final ResultDatabase reads;
    private final int rowsPerSheet;

    XlsxReportWriter(ResultDatabase reads, int rowsPerSheet) {
        if (rowsPerSheet < 2 || rowsPerSheet > EXCEL_ROWS) {
            throw new IllegalArgumentException("A sheet holds 2 to " + EXCEL_ROWS + " rows, not " + rowsPerSheet);
        }
        this.reads = reads;
        this.rowsPerSheet = rowsPerSheet;
    }

    void write(ReportResult result, OutputStream out) throws IOException, SQLException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            Sheets sheets = new Sheets(workbook, result.columns());
            reads.read(connection -> {
                ResultFile.check(connection, result);
                ResultFile.streamResults(connection);
                try (PreparedStatement statement = connection.prepareStatement(
                        "select " + ResultFile.typedColumns(result) + " from " + ResultFile.source(result));
                     ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sheets.row(rs);
                    }
                }
                return null;
            });
            workbook.write(out);
            out.flush();
        }
        finally {
            // deletes the temporary files too (POI 5.5: dispose() is deprecated for it)
            workbook.close();
        }
    }

    /** The sheets as they fill up, and the styles of their cells. */
    private final class Sheets {

        private final SXSSFWorkbook workbook;
        private final List<ReportColumn> columns;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle money;
        private SXSSFSheet sheet;
        private int sheets;
        private int next;

        Sheets(SXSSFWorkbook workbook, List<ReportColumn> columns) {
            this.workbook = workbook;
            this.columns = columns;
            Font bold = workbook.createFont();
            bold.setBold(true);
            this.header = workbook.createCellStyle();
            header.setFont(bold);
            this.date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("mm/dd/yyyy"));
            this.money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("\"$\"#,##0.00;-\"$\"#,##0.00"));
            this.sheet = newSheet();
        }

        private SXSSFSheet newSheet() {
            sheets++;
            SXSSFSheet created = workbook.createSheet(sheets == 1 ? SHEET : SHEET + " (" + sheets + ")");
            Row row = created.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(header);
            }
            created.createFreezePane(0, 1);
            next = 1;
            return created;
        }

        void row(ResultSet rs) throws SQLException {
            if (next == rowsPerSheet) {
                sheet = newSheet();
            }
            Row row = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                int c = i + 1;
                switch (columns.get(i).kind()) {
                    case TEXT -> {
                        String text = rs.getString(c);
                        if (text != null) {
                            row.createCell(i).setCellValue(text);
                        }
                    }
                    case INTEGER -> {
                        long value = rs.getLong(c);
                        if (!rs.wasNull()) {
                            row.createCell(i).setCellValue(value);
                        }
                    }
                    case DATE -> {
                        LocalDate value = rs.getObject(c, LocalDate.class);
                        if (value != null) {
                            Cell cell = row.createCell(i);
                            cell.setCellValue(value);
                            cell.setCellStyle(date);
                        }
                    }
                    case MONEY -> {
                        BigDecimal amount = rs.getBigDecimal(c);
                        if (amount != null) {
                            Cell cell = row.createCell(i);
                            if (amount.abs().compareTo(EXACT_BELOW) < 0) {
                                cell.setCellValue(amount.doubleValue());
                                cell.setCellStyle(money);
                            }
                            else {
                                cell.setCellValue(amount.toPlainString());
                            }
                        }
                    }
                    case QUANTITY -> {
                        BigDecimal quantity = rs.getBigDecimal(c);
                        if (quantity != null) {
                            row.createCell(i).setCellValue(quantity.doubleValue());
                        }
                    }
                }
            }
        }
    }
}
