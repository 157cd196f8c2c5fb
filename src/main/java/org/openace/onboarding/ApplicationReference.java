package org.openace.onboarding;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference an applicant quotes: {@code APP-}, the year the application was started, and a number of at least six
 * digits from a sequence ({@code APP-2026-000123}). Not secret: it only names the application.
 */
record ApplicationReference(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("APP-[0-9]{4}-[0-9]{6,12}");

    ApplicationReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("An application reference looks like APP-2026-000123");
        }
    }

    static ApplicationReference of(int year, long number) {
        return new ApplicationReference("APP-%04d-%06d".formatted(year, number));
    }

    static Optional<ApplicationReference> parse(String typed) {
        String text = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        return FORMAT.matcher(text).matches() ? Optional.of(new ApplicationReference(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
