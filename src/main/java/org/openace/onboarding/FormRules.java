package org.openace.onboarding;

import java.util.Locale;
import java.util.Set;

/** What the application's forms accept, in one place, with the messages an applicant reads. */
final class FormRules {

    /** One line of text: no control characters, no broken characters. */
    static final String ONE_LINE = "[\\P{Cc}&&\\P{Cs}]*";
    /** Paragraphs of text: line breaks and tabs allowed, no other control characters. */
    static final String PARAGRAPHS = "[[\\P{Cc}&&\\P{Cs}]\\r\\n\\t]*";
    static final String ONE_LINE_MESSAGE = "Use letters, digits and punctuation on one line";
    static final String EMAIL_MESSAGE = "Enter an e-mail address in the form name@example.com";
    static final String PHONE_MESSAGE = "Enter a telephone number with at least 7 digits, for example +1 410 555 0100";
    static final String YES = "yes";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private FormRules() {
    }

    static boolean isCountry(String typed) {
        return typed != null && COUNTRIES.contains(typed.strip().toUpperCase(Locale.ROOT));
    }

    static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }
}
