package org.openace.platform;

import java.util.regex.Pattern;

/**
 * Hides values shaped like Social Security numbers ({@code 123-45-6789}) and employer identification numbers
 * ({@code 12-3456789}, also with the two-character suffix importer numbers carry: {@code 12-345678900}). Personal data is kept out of logs and messages by construction; this is the last line of
 * defence, applied to every log line.
 */
public final class PersonalDataRedaction {

    private static final Pattern SSN = Pattern.compile("(?<![0-9])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9])");
    private static final Pattern EIN = Pattern.compile("(?<![0-9-])[0-9]{2}-[0-9]{7}(?:[0-9A-Z]{2})?(?![0-9])");

    private PersonalDataRedaction() {
    }

    public static String redact(String text) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        String withoutSsn = SSN.matcher(text).replaceAll("***-**-****");
        return EIN.matcher(withoutSsn).replaceAll("**-*******");
    }

    /** True if the text holds something shaped like an SSN. */
    public static boolean containsSsnShape(CharSequence text) {
        return SSN.matcher(text).find();
    }
}
