package org.openace.filing.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV (RFC 4180, UTF-8, CRLF line ends) of entry rows: money as numbers with 2 decimals and a point, dates as
 * YYYY-MM-DD, the importer number masked; a text that a spreadsheet would take for a formula is prefixed with an
 * apostrophe.
 */
final class EntryCsvWriter implements EntryExportWriter {

    private final Writer out;

    EntryCsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16_384);
    }

    @Override
    public void header() throws IOException {
        line(EntryExportFormat.COLUMNS);
    }

    @Override
    public void row(EntryRow row) throws IOException {
        line(List.of(row.formatted(), row.entryType(), row.summaryDate().toString(), row.entryDate().toString(),
                row.port(), row.importer(), row.filerCode(), row.status(), row.releaseStatus(),
                Integer.toString(row.lines()), money(row.enteredValue()), money(row.duty()), money(row.tax()),
                money(row.fees()), money(row.other()), money(row.amountDue())));
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        // nothing held beyond the stream, which belongs to the caller
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String text = !value.isEmpty() && "=+@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
