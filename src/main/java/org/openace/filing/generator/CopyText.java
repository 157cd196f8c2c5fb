package org.openace.filing.generator;

import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's COPY text format: columns separated by tabs, one row a line, {@code \N} for null, backslash,
 * tab, newline and carriage return escaped, bytea as {@code \\x} hex.
 */
final class CopyText {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder out;
    private boolean first = true;

    CopyText(int capacity) {
        out = new StringBuilder(capacity);
    }

    CopyText value(@Nullable Object value) {
        separator();
        if (value == null) {
            out.append("\\N");
            return this;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return this;
    }

    CopyText bytes(byte @Nullable [] value) {
        separator();
        if (value == null) {
            out.append("\\N");
        } else {
            out.append("\\\\x").append(HEX.formatHex(value));
        }
        return this;
    }

    void endRow() {
        out.append('\n');
        first = true;
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void separator() {
        if (!first) {
            out.append('\t');
        }
        first = false;
    }
}
