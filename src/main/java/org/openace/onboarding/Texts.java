package org.openace.onboarding;

import org.jspecify.annotations.Nullable;

/**
 * Checks of the free text an application holds: stripped, within its column's length, and free of control
 * characters (which PostgreSQL text cannot hold, and which have no place in a name or an address).
 */
final class Texts {

    private Texts() {
    }

    /** A required one-line text, stripped. */
    static String required(@Nullable String value, int max, String what) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max || !isOneLine(text)) {
            throw new IllegalArgumentException(what + " is required, one line of at most " + max + " characters");
        }
        return text;
    }

    /** An optional one-line text, stripped; null when blank. */
    static @Nullable String optional(@Nullable String value, int max, String what) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max || !isOneLine(text)) {
            throw new IllegalArgumentException(what + " is one line of at most " + max + " characters");
        }
        return text;
    }

    /** No control characters at all (no line breaks, no tabs). */
    static boolean isOneLine(String text) {
        return text.chars().noneMatch(Character::isISOControl) && hasNoLoneSurrogate(text);
    }

    /** No control characters other than line breaks and tabs. */
    static boolean isParagraphs(String text) {
        return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                && hasNoLoneSurrogate(text);
    }

    private static boolean hasNoLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
            else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
