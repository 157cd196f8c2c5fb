package org.openace.payment.statement;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table of a statement's drill-down written as CSV (UTF-8, CRLF, quoted where needed, a cell that a spreadsheet would
 * take for a formula prefixed with an apostrophe) or as XLSX (Apache POI's streaming workbook: {@value #WINDOW} rows
 * in memory; dates as date cells, amounts as numeric cells with two decimals, the header bold and frozen). Cells are
 * strings, whole numbers, amounts ({@link BigDecimal}, written exactly in CSV) or dates.
 */
abstract class StatementSheet implements AutoCloseable {

    static final int WINDOW = 100;

    /** The two formats, by the extension in the download's address. */
    enum Format {
        CSV("text/csv; charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        static Optional<Format> of(String extension) {
            for (Format f : values()) {
                if (f.extension().equals(extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        String contentType() {
            return contentType;
        }
    }

    static StatementSheet open(Format format, OutputStream out, String sheetName, List<String> headers)
            throws IOException {
        StatementSheet sheet = format == Format.CSV ? new Csv(out) : new Xlsx(out, sheetName);
        sheet.row(List.copyOf(headers), true);
        return sheet;
    }

    void row(List<?> cells) throws IOException {
        row(cells, false);
    }

    abstract void row(List<?> cells, boolean header) throws IOException;

    abstract void finish() throws IOException;

    @Override
    public void close() {
    }

    private static final class Csv extends StatementSheet {

        private final Writer out;

        Csv(OutputStream out) {
            this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }

        @Override
        void row(List<?> cells, boolean header) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        }

        @Override
        void finish() throws IOException {
            out.flush();
        }

        static String cell(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof BigDecimal amount) {
                return amount.toPlainString();
            }
            String text = value.toString();
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
                text = "'" + text;
            }
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
            return text;
        }
    }

    private static final class Xlsx extends StatementSheet {

        private final OutputStream out;
        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private final CellStyle dateStyle;
        private final CellStyle moneyStyle;
        private final CellStyle headerStyle;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.workbook = new SXSSFWorkbook(WINDOW);
            workbook.setCompressTempFiles(true);
            this.sheet = workbook.createSheet(sheetName);
            this.dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            this.moneyStyle = workbook.createCellStyle();
            moneyStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            this.headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
        }

        @Override
        void row(List<?> cells, boolean header) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                Cell cell = row.createCell(i);
                switch (value) {
                    case null -> cell.setBlank();
                    case BigDecimal amount -> {
                        // a spreadsheet's number: exact to the cent for any amount below 10^13 dollars
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(moneyStyle);
                    }
                    case Integer n -> cell.setCellValue(n);
                    case Long n -> cell.setCellValue(n);
                    case LocalDate date -> {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    }
                    default -> cell.setCellValue(value.toString());
                }
                if (header) {
                    cell.setCellStyle(headerStyle);
                }
            }
            if (header) {
                sheet.createFreezePane(0, 1);
            }
        }

        @Override
        void finish() throws IOException {
            workbook.write(out);
            out.flush();
        }

        @Override
        public void close() {
            workbook.dispose();
            try {
                workbook.close();
            }
            catch (IOException e) {
                // the temporary files are deleted by dispose(); nothing else to free
            }
        }
    }
}
