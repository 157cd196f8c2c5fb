package org.openace.platform;

import java.util.Locale;

/** Titles used inside a sentence: "Facility or FTZ operator" reads "facility or FTZ operator", never "ftz operator". */
public final class Sentences {

    private Sentences() {
    }

    /**
     * The title with only its first letter in lower case, and that only when the first word is not an acronym or a
     * name in capitals ("CBP forms", "SCAC", "FIRMS code" stay as they are).
     */
    public static String inSentence(String title) {
        if (title.isEmpty() || !Character.isUpperCase(title.charAt(0))) {
            return title;
        }
        if (title.length() > 1 && Character.isUpperCase(title.charAt(1))) {
            return title;
        }
        return title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
    }

    /** A sentence ending in {@code text} (a name such as "Acme Inc." may end with its own full stop): one full stop. */
    public static String endingWith(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }
}
