package org.openace.filing.search;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook of entry rows written with Apache POI's streaming SXSSF workbook: only the last
 * {@value #WINDOW} rows are in memory, older ones go to a compressed temporary file that is copied into the
 * workbook at the end and deleted by {@link #close()} (docs/adr/012-entry-search-and-export.md). Dates are date
 * cells, money numeric cells with 2 decimals, the header row bold and frozen.
 */
final class EntryXlsxWriter implements EntryExportWriter {

    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle moneyStyle;
    private final CellStyle headerStyle;
    private int next;

    EntryXlsxWriter(OutputStream out) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("Entries");
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
    public void header() {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < EntryExportFormat.COLUMNS.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(EntryExportFormat.COLUMNS.get(i));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(EntryRow entry) {
        Row row = sheet.createRow(next++);
        int c = 0;
        row.createCell(c++).setCellValue(entry.formatted());
        row.createCell(c++).setCellValue(entry.entryType());
        var summary = row.createCell(c++);
        summary.setCellValue(entry.summaryDate());
        summary.setCellStyle(dateStyle);
        var entered = row.createCell(c++);
        entered.setCellValue(entry.entryDate());
        entered.setCellStyle(dateStyle);
        row.createCell(c++).setCellValue(entry.port());
        row.createCell(c++).setCellValue(entry.importer());
        row.createCell(c++).setCellValue(entry.filerCode());
        row.createCell(c++).setCellValue(entry.status());
        row.createCell(c++).setCellValue(entry.releaseStatus());
        row.createCell(c++).setCellValue(entry.lines());
        for (BigDecimal amount : new BigDecimal[] {entry.enteredValue(), entry.duty(), entry.tax(), entry.fees(),
                entry.other(), entry.amountDue()}) {
            var cell = row.createCell(c++);
            cell.setCellValue(amount.setScale(2, RoundingMode.HALF_UP).doubleValue());
            cell.setCellStyle(moneyStyle);
        }
    }

    @Override
    public void finish() throws IOException {
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
