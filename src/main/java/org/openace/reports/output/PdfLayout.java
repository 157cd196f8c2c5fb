package org.openace.reports.output;

import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openace.reports.ReportColumn;

/**
 * Where a PDF's columns go on a landscape US Letter page: each column as wide as its longest value (at most
 * {@value #WIDEST} characters) or its header's longest word, in the largest font size from {@value #LARGEST} to
 * {@value #SMALLEST} points at which all of them fit; at the smallest size, columns that still do not fit are
 * narrowed and their text wraps. Room left over is shared out in proportion.
 */
record PdfLayout(float fontSize, float[] x, float[] widths) {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    static final float MARGIN = 36;
    static final float PADDING = 2;
    static final float LARGEST = 8;
    static final float SMALLEST = 5.5f;
    static final int WIDEST = 40;
    /** A character's width in Helvetica as a share of the font size: digits are 0.556, capitals 0.61 to 0.83. */
    private static final float CHARACTER = 0.6f;

    /** The layout for columns whose longest values have these lengths (in characters). */
    static PdfLayout of(List<ReportColumn> columns, int[] longest) {
        float available = PAGE.getWidth() - 2 * MARGIN;
        int[] characters = new int[columns.size()];
        int total = 0;
        for (int i = 0; i < columns.size(); i++) {
            characters[i] = Math.max(3, Math.max(Math.min(longest[i], WIDEST), longestWord(columns.get(i).header())));
            total += characters[i];
        }
        float size = LARGEST;
        while (size > SMALLEST && width(total, columns.size(), size) > available) {
            size -= 0.5f;
        }
        float[] widths = new float[columns.size()];
        float natural = width(total, columns.size(), size);
        float scale = available / natural;
        float[] x = new float[columns.size()];
        float at = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = (characters[i] * CHARACTER * size + 2 * PADDING) * scale;
            x[i] = at;
            at += widths[i];
        }
        return new PdfLayout(size, x, widths);
    }

    private static float width(int characters, int columns, float size) {
        return characters * CHARACTER * size + columns * 2 * PADDING;
    }

    private static int longestWord(String header) {
        int longest = 0;
        for (String word : header.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** The room for a column's text: its width less the padding on both sides. */
    float textWidth(int column) {
        return widths[column] - 2 * PADDING;
    }

    float leading() {
        return fontSize * 1.2f;
    }
}
