package org.openace.reports.output;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openace.reports.ReportColumn;

/**
 * Where a PDF's columns go on a landscape US Letter page: each column as wide as its longest value (at most
 * {@value #WIDEST} characters) or its header's longest word in bold, in the largest font size from {@value #LARGEST} to
 * {@value #SMALLEST} points at which all of them fit; at the smallest size, columns that still do not fit are
 * narrowed and their text wraps. Room left over is shared out in proportion.
 */
record PdfLayout(float fontSize, float[] x, float[] widths) {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    static final float MARGIN = 36;
    /** Room left and right of a column's text. */
    static final float PADDING = 4;
    /** Room above and below a row's text. */
    static final float VERTICAL_PADDING = 2;
    static final float LARGEST = 8;
    static final float SMALLEST = 5.5f;
    static final int WIDEST = 40;
    /** A character's width in Helvetica as a share of the font size: digits are 0.556, capitals 0.61 to 0.83. */
    private static final float CHARACTER = 0.6f;

    /**
     * The layout for columns whose longest values have these lengths (in characters), their headers in this font
     * (a header's longest word is never broken while the columns fit).
     */
    static PdfLayout of(List<ReportColumn> columns, int[] longest, PdfText headerFont) throws IOException {
        float available = PAGE.getWidth() - 2 * MARGIN;
        float size = LARGEST;
        float[] widths = natural(columns, longest, headerFont, size);
        while (size > SMALLEST && sum(widths) > available) {
            size -= 0.5f;
            widths = natural(columns, longest, headerFont, size);
        }
        float scale = available / sum(widths);
        float[] x = new float[columns.size()];
        float at = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            widths[i] *= scale;
            x[i] = at;
            at += widths[i];
        }
        return new PdfLayout(size, x, widths);
    }

    private static float[] natural(List<ReportColumn> columns, int[] longest, PdfText headerFont, float size)
            throws IOException {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            float word = 0;
            for (String part : columns.get(i).header().split("\\s+")) {
                word = Math.max(word, headerFont.width(headerFont.printable(part), size));
            }
            float values = Math.max(3, Math.min(longest[i], WIDEST)) * CHARACTER * size;
            widths[i] = Math.max(word, values) + 2 * PADDING;
        }
        return widths;
    }

    private static float sum(float[] widths) {
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        return sum;
    }

    /** The room for a column's text: its width less the padding on both sides. */
    float textWidth(int column) {
        return widths[column] - 2 * PADDING;
    }

    float leading() {
        return fontSize * 1.2f;
    }
}
