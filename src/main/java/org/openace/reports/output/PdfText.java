package org.openace.reports.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as a PDF's standard fonts (WinAnsi: Latin letters, digits, Western punctuation) can show it, and broken into
 * lines that fit a width. A character those fonts have no glyph for (e.g. Chinese) is shown as "?", a control
 * character (a line break inside a value) as a space: the CSV and XLSX downloads hold every character as stored.
 */
final class PdfText {

    /** The most lines a cell shows; its last line then ends with an ellipsis. */
    static final int MAX_LINES = 8;

    private final PDFont font;
    private final BitSet checked = new BitSet();
    private final BitSet shown = new BitSet();

    PdfText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** The text with every character the font cannot show replaced. */
    String printable(String text) throws IOException {
        StringBuilder printable = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char shownAs = Character.isISOControl(c) ? ' ' : shows(c) ? c : '?';
            if (shownAs != c && printable == null) {
                printable = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (printable != null) {
                printable.append(shownAs);
            }
        }
        return printable == null ? text : printable.toString();
    }

    private boolean shows(char c) throws IOException {
        if (Character.isSurrogate(c)) {
            return false;
        }
        if (!checked.get(c)) {
            checked.set(c);
            try {
                font.encode(String.valueOf(c));
                shown.set(c);
            }
            catch (IllegalArgumentException noGlyph) {
                // shown as "?"
            }
        }
        return shown.get(c);
    }

    /** The width of a printable text at a size, in points. */
    float width(String printable, float size) throws IOException {
        return font.getStringWidth(printable) / 1000 * size;
    }

    /**
     * A printable text broken into lines of at most the width: at spaces where it can be, inside a word that is
     * wider than the width by itself; at most {@link #MAX_LINES}.
     */
    List<String> lines(String printable, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        if (width(printable, size) <= width) {
            lines.add(printable);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : printable.split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); i++) {
                if (!line.isEmpty() && width(line.toString() + word.charAt(i), size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(word.charAt(i));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES) {
            List<String> shownLines = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = shownLines.get(MAX_LINES - 1);
            while (!last.isEmpty() && width(last + "\u2026", size) > width) {
                last = last.substring(0, last.length() - 1);
            }
            shownLines.set(MAX_LINES - 1, last + "\u2026");
            return shownLines;
        }
        return lines;
    }
}
