package org.openace.reports.output;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;

import org.openace.reports.run.ResultDatabase;
import org.openace.reports.ReportResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a run's result in a download format, from its Parquet file read with an in-memory DuckDB of its own
 * ({@link ResultDatabase}), streamed with flat memory whatever the rows: CSV and XLSX hold every row, a PDF at most
 * {@link #pdfRowLimit()} (and says so on its first page). The caller sets the response's headers
 * ({@link ReportFormat#contentType()}, a file name ending in {@link ReportFormat#extension()}), decides who may
 * download and audits it; this class writes the bytes, and leaves the stream open.
 */
@Component
public class ReportFormats {

    private final CsvReportWriter csv;
    private final XlsxReportWriter xlsx;
    private final PdfReportWriter pdf;
    private final long pdfMaxRows;

    @Autowired
    ReportFormats(ResultDatabase reads, MessageSource messages, ReportPdfProperties properties) {
        this(reads, messages, properties, XlsxReportWriter.EXCEL_ROWS);
    }

    /** With fewer rows per XLSX sheet than Excel's 1,048,576 (the header included), to see the sheets continue. */
    ReportFormats(ResultDatabase reads, MessageSource messages, ReportPdfProperties properties, int xlsxRowsPerSheet) {
        this.csv = new CsvReportWriter(reads);
        this.xlsx = new XlsxReportWriter(reads, xlsxRowsPerSheet);
        this.pdf = new PdfReportWriter(reads, properties.maxRows(), new ReportTexts(messages));
        this.pdfMaxRows = properties.maxRows();
    }

    /**
     * Writes the result to the stream in the format, and flushes it (the stream stays open). Temporary files are
     * deleted, finished or not.
     *
     * @throws IOException  when the stream fails (the client went away) or a temporary file cannot be written
     * @throws SQLException when the result file cannot be read

     */
    public void write(ReportResult result, ReportFormat format, OutputStream out) throws IOException, SQLException {
        switch (format) {
            case CSV -> csv.write(result, out);
            case XLSX -> xlsx.write(result, out);
            case PDF -> pdf.write(result, out);
        }
    }

    /** The most rows a PDF holds ({@code openace.reports.pdf.max-rows}), to say so before the download. */
    public long pdfRowLimit() {
        return pdfMaxRows;
    }

    /** Whether the result's PDF holds every row of it (otherwise its first {@link #pdfRowLimit()}). */
    public boolean pdfHoldsAllRows(ReportResult result) {
        return pdfHoldsAllRows(result.rows());
    }

    /** Whether the PDF of a result of this many rows holds every one. */
    public boolean pdfHoldsAllRows(long rows) {
        return rows <= pdfMaxRows;
    }
}
