package org.openace.reports.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openace.reports.run.ResultDatabase;
import org.openace.reports.ReportColumn;
import org.openace.reports.ReportResult;

/**
 * Writes a result as a PDF with Apache PDFBox: landscape US Letter pages in the standard Helvetica fonts, the title on
 * every page, on the first page how many rows it holds (all, or the first N of M, the CSV and XLSX downloads holding
 * all of them), the header row repeated on every page, columns sized to fit with their text wrapped, "Page n of m" at
 * the foot. At most {@code openace.reports.pdf.max-rows} rows: a PDF of millions of rows is of no use to anyone.
 * Values as in the CSV, except money with thousands separators (10,000.00), for reading. Pages are kept in a
 * temporary file until the document is written, after the store's connection is closed.
 */
final class PdfReportWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private final ResultDatabase reads;
    private final long maxRows;
    private final ReportTexts texts;

    PdfReportWriter(ResultDatabase reads, long maxRows, ReportTexts texts) {
        this.reads = reads;
        this.maxRows = maxRows;
        this.texts = texts;
    }

    void write(ReportResult result, OutputStream out) throws IOException, SQLException {
        long rows = Math.min(result.rows(), maxRows);
        String note = rows < result.rows() ? texts.pdfFirstRows(rows, result.rows()) : texts.pdfRows(result.rows());
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            document.getDocumentInformation().setTitle(result.title());
            PdfText regular = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PdfText bold = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            reads.read(connection -> {
                ResultFile.check(connection, result);
                PdfLayout layout = PdfLayout.of(result.columns(), longest(connection, result, rows), bold);
                try (PdfPages pages = new PdfPages(document, layout, result.columns(), regular, bold, result.title(),
                        note)) {
                    pages.start();
                    ResultFile.streamResults(connection);
                    try (PreparedStatement statement = connection.prepareStatement("select "
                            + ResultFile.typedColumns(result) + " from " + ResultFile.source(result) + " limit ?")) {
                        statement.setLong(1, rows);
                        try (ResultSet rs = statement.executeQuery()) {
                            DecimalFormat money = new DecimalFormat("#,##0.00",
                                    DecimalFormatSymbols.getInstance(Locale.US));
                            while (rs.next()) {
                                pages.row(values(rs, result.columns(), money));
                            }
                        }
                    }
                    pages.number(texts::pdfPage);
                }
                return null;
            });
            document.save(out);
            out.flush();
        }
    }

    /** The longest value of each column among the rows the PDF holds, in characters, as shown (about). */
    private static int[] longest(Connection connection, ReportResult result, long rows) throws SQLException {
        List<String> lengths = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            String typed = ResultFile.typed(result.columns().get(i).kind(), ResultFile.name(i + 1));
            lengths.add(switch (result.columns().get(i).kind()) {
                case DATE -> "10";
                // thousands separators: one per three digits before the point
                case MONEY -> "coalesce(max(length(cast(" + typed + " as varchar)) * 4 // 3), 0)";
                default -> "coalesce(max(length(cast(" + typed + " as varchar))), 0)";
            });
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select " + String.join(", ", lengths) + " from (select * from "
                     + ResultFile.source(result) + " limit " + rows + ")")) {
            rs.next();
            int[] longest = new int[result.columns().size()];
            for (int i = 0; i < longest.length; i++) {
                longest[i] = rs.getInt(i + 1);
            }
            return longest;
        }
    }

    private static List<String> values(ResultSet rs, List<ReportColumn> columns, DecimalFormat money)
            throws SQLException {
        List<String> values = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            int c = i + 1;
            values.add(switch (columns.get(i).kind()) {
                case TEXT -> rs.getString(c);
                case INTEGER -> {
                    long value = rs.getLong(c);
                    yield rs.wasNull() ? null : Long.toString(value);
                }
                case DATE -> {
                    LocalDate date = rs.getObject(c, LocalDate.class);
                    yield date == null ? null : DATE.format(date);
                }
                case MONEY -> {
                    BigDecimal amount = rs.getBigDecimal(c);
                    yield amount == null ? null : money.format(amount);
                }
                case QUANTITY -> {
                    BigDecimal quantity = rs.getBigDecimal(c);
                    yield quantity == null ? null : quantity(quantity);
                }
            });
        }
        return values;
    }

    static String quantity(BigDecimal quantity) {
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }
}
