package org.openace.document.internal;

import java.text.Normalizer;

import org.openace.document.DocumentRefused;

/**
 * The name a user gave a file, made fit to keep for its download: only the last part of a path (a browser may send
 * {@code C:\Users\...\scan.pdf}), without control or invisible formatting characters (a right-to-left override
 * can make {@code fdp.exe} read as {@code exe.pdf}), in Unicode normal form C, without surrounding blanks.
 */
final class DocumentFileNames {

    /** The longest name kept, in characters (Unicode code points): the column is {@code varchar(255)}. */
    static final int MAX_LENGTH = 255;

    private DocumentFileNames() {
    }

    /**
     * The cleaned name.
     *
     * @throws DocumentRefused {@code NAME_NOT_ACCEPTED} when nothing is left but dots or blanks, or the name is
     *                         longer than {@value #MAX_LENGTH} characters
     */
    static String clean(String fileName) throws DocumentRefused {
        String last = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(last.length());
        Normalizer.normalize(last, Normalizer.Form.NFC).codePoints().filter(DocumentFileNames::isVisible)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        if (cleaned.chars().allMatch(c -> c == '.') || cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            throw DocumentRefused.nameNotAccepted(MAX_LENGTH);
        }
        return cleaned;
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
