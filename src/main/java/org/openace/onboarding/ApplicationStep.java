package org.openace.onboarding;

import java.util.Arrays;
import java.util.Optional;

/** The steps of the application, in order, each with its page. */
enum ApplicationStep {
    START("Privacy Act and applicant", "/apply"),
    COMPANY("Company", "/apply/company"),
    COMPANY_OFFICER("Company officer", "/apply/officer"),
    TAX_IDENTIFIER("Tax identifier", "/apply/tax-identifier"),
    POINTS_OF_CONTACT("Points of contact", "/apply/contacts"),
    ACTIVITIES("Business activities", "/apply/activities"),
    OWNER("Account owner", "/apply/owner"),
    REVIEW("Review and submit", "/apply/review");

    private final String title;
    private final String path;

    ApplicationStep(String title, String path) {
        this.title = title;
        this.path = path;
    }

    public String title() {
        return title;
    }

    public String path() {
        return path;
    }

    /** 1 for the first step. */
    public int number() {
        return ordinal() + 1;
    }

    static int count() {
        return values().length;
    }

    Optional<ApplicationStep> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    Optional<ApplicationStep> next() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    static Optional<ApplicationStep> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
