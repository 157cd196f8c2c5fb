package org.openace.reports.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.openace.reports.ReportColumn;

/**
 * Draws a PDF's pages as the rows come: the title at the top of every page (and on the first page what the PDF
 * holds), the header row repeated on each page, then as many rows as fit, a thin rule under each. Numeric columns
 * (integers, money, quantities) are aligned right. When every row is drawn, {@link #number} writes "Page n of m" at
 * the foot of each page.
 */
final class PdfPages implements AutoCloseable {

    private static final float TITLE_SIZE = 11;
    private static final float NOTE_SIZE = 8;
    private static final float RULE = 0.25f;

    private final PDDocument document;
    private final PdfLayout layout;
    private final List<ReportColumn> columns;
    private final PdfText regular;
    private final PdfText bold;
    private final String title;
    private final String note;
    private PDPageContentStream page;
    private float y;

    PdfPages(PDDocument document, PdfLayout layout, List<ReportColumn> columns, PdfText regular, PdfText bold,
             String title, String note) {
        this.document = document;
        this.layout = layout;
        this.columns = columns;
        this.regular = regular;
        this.bold = bold;
        this.title = title;
        this.note = note;
    }

    /** Starts the first page: a result without rows is its header row alone. */
    void start() throws IOException {
        newPage();
    }

    /** Draws a row of values as shown (null for none), on a new page if it does not fit on this one. */
    void row(List<String> values) throws IOException {
        List<List<String>> lines = new ArrayList<>(values.size());
        int height = 1;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            List<String> cell = value == null ? List.of()
                    : regular.lines(regular.printable(value), layout.fontSize(), layout.textWidth(i));
            lines.add(cell);
            height = Math.max(height, cell.size());
        }
        float rowHeight = height * layout.leading() + 2 * PdfLayout.VERTICAL_PADDING;
        if (y - rowHeight < PdfLayout.MARGIN) {
            newPage();
        }
        draw(lines, regular, rowHeight);
    }

    private void newPage() throws IOException {
        close();
        PDPage created = new PDPage(PdfLayout.PAGE);
        document.addPage(created);
        page = new PDPageContentStream(document, created);
        y = PdfLayout.PAGE.getHeight() - PdfLayout.MARGIN;
        y -= TITLE_SIZE;
        text(bold, TITLE_SIZE, PdfLayout.MARGIN, y, bold.printable(title));
        y -= TITLE_SIZE * 0.6f;
        if (document.getNumberOfPages() == 1) {
            y -= NOTE_SIZE * 1.4f;
            text(regular, NOTE_SIZE, PdfLayout.MARGIN, y, regular.printable(note));
            y -= NOTE_SIZE * 0.6f;
        }
        y -= PdfLayout.VERTICAL_PADDING * 2;
        List<List<String>> headers = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<String> lines = bold.lines(bold.printable(columns.get(i).header()), layout.fontSize(),
                    layout.textWidth(i));
            headers.add(lines);
            height = Math.max(height, lines.size());
        }
        draw(headers, bold, height * layout.leading() + 2 * PdfLayout.VERTICAL_PADDING);
        page.setLineWidth(RULE * 3);
        rule(y + RULE);
        page.setLineWidth(RULE);
    }

    private void draw(List<List<String>> cells, PdfText font, float rowHeight) throws IOException {
        float top = y - PdfLayout.VERTICAL_PADDING;
        for (int i = 0; i < cells.size(); i++) {
            ReportColumn.Kind kind = columns.get(i).kind();
            boolean right = kind != ReportColumn.Kind.TEXT && kind != ReportColumn.Kind.DATE;
            float baseline = top - layout.fontSize();
            for (String line : cells.get(i)) {
                float x = layout.x()[i] + PdfLayout.PADDING;
                if (right) {
                    x = layout.x()[i] + layout.widths()[i] - PdfLayout.PADDING - font.width(line, layout.fontSize());
                }
                text(font, layout.fontSize(), x, baseline, line);
                baseline -= layout.leading();
            }
        }
        y -= rowHeight;
        rule(y);
    }

    private void rule(float at) throws IOException {
        page.setStrokingColor(0.6f);
        page.moveTo(PdfLayout.MARGIN, at);
        page.lineTo(PdfLayout.PAGE.getWidth() - PdfLayout.MARGIN, at);
        page.stroke();
    }

    private void text(PdfText font, float size, float x, float baseline, String printable) throws IOException {
        page.beginText();
        page.setFont(font.font(), size);
        page.newLineAtOffset(x, baseline);
        page.showText(printable);
        page.endText();
    }

    /** Writes "Page n of m" (as the label gives it for n and m) at the foot of every page. */
    void number(BiFunction<Integer, Integer, String> label) throws IOException {
        close();
        int pages = document.getNumberOfPages();
        for (int n = 1; n <= pages; n++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(n - 1),
                    AppendMode.APPEND, true, true)) {
                String text = regular.printable(label.apply(n, pages));
                float x = PdfLayout.PAGE.getWidth() - PdfLayout.MARGIN - regular.width(text, NOTE_SIZE);
                foot.beginText();
                foot.setFont(regular.font(), NOTE_SIZE);
                foot.newLineAtOffset(x, PdfLayout.MARGIN / 2);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }
}
