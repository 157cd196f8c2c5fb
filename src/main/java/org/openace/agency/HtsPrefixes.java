package org.openace.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTS chapters and headings an administrator types for an agreement ("03, 04, 1601" or "0304.") read as digits:
 * a chapter is 2 digits (01 to 99), a heading 4 digits of such a chapter, dots and spaces ignored, separated by
 * commas, spaces or new lines. Checked by form: the tariff schedule loaded may be an excerpt (as the samples are), and
 * an agreement names chapters whether or not a line of them is loaded.
 */
final class HtsPrefixes {

    static final int MOST = 100;
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern PREFIX = Pattern.compile("(0[1-9]|[1-9][0-9])([0-9]{2})?");

    /** The prefixes read, or the first one that is not a chapter or heading. */
    sealed interface Reading {
        record Read(List<String> prefixes) implements Reading {
        }

        record Refused(String typed) implements Reading {
        }

        record TooMany(int count) implements Reading {
        }
    }

    private HtsPrefixes() {
    }

    static Reading read(String typed) {
        TreeSet<String> prefixes = new TreeSet<>();
        for (String part : SEPARATORS.split(typed.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            String digits = part.replace(".", "");
            if (!PREFIX.matcher(digits).matches()) {
                return new Reading.Refused(part.length() > 20 ? part.substring(0, 20) + "…" : part);
            }
            prefixes.add(digits);
        }
        if (prefixes.size() > MOST) {
            return new Reading.TooMany(prefixes.size());
        }
        return new Reading.Read(covering(prefixes));
    }

    /** A heading whose chapter is also listed adds nothing: only the chapter is kept. */
    private static List<String> covering(TreeSet<String> prefixes) {
        List<String> kept = new ArrayList<>();
        for (String prefix : prefixes) {
            if (prefix.length() == 2 || !prefixes.contains(prefix.substring(0, 2))) {
                kept.add(prefix);
            }
        }
        return kept;
    }

    /** The prefixes as shown: chapters as digits, headings as "0304". */
    static String shown(List<String> prefixes) {
        return String.join(", ", prefixes);
    }
}
