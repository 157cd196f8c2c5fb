package org.openace.review.protest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;

/**
 * A protest (CBP Form 19) as it stands: its number, port, importer (as it may be shown), what it protests and why,
 * the entries it covers with their liquidation dates, accelerated disposition, and the officer's decision.
 */
public record Protest(String number, PortCode port, String importerDisplay, ProtestCategory category, String claims,
                      String arguments, boolean decided, String filedByName, Instant filedAt, LocalDate filedOn,
                      @Nullable LocalDate acceleratedOn, @Nullable LocalDate acceleratedWithdrawnOn,
                      @Nullable ProtestDecision decision, @Nullable String decisionReasons,
                      @Nullable String decidedByName, @Nullable Instant decidedAt, List<Entry> entries) {

    /** Days after filing from which accelerated disposition may be requested (19 U.S.C. 1515(b)). */
    public static final int ACCELERATED_AFTER_DAYS = 90;
    /** Days CBP has to decide once accelerated disposition is requested, after which the protest is deemed denied. */
    public static final int ACCELERATED_DECISION_DAYS = 30;

    /** An entry the protest covers, with its liquidation and the last day it could be protested. */
    public record Entry(String entryNumber, LocalDate liquidationDate, LocalDate protestBy) {
    }

    /** Whether accelerated disposition stands requested (and not withdrawn). */
    public boolean acceleratedRequested() {
        return acceleratedOn != null && acceleratedWithdrawnOn == null;
    }

    /** The day by which CBP is to decide an accelerated disposition, if one stands requested. */
    public @Nullable LocalDate acceleratedDecisionBy() {
        return acceleratedRequested() ? acceleratedOn.plusDays(ACCELERATED_DECISION_DAYS) : null;
    }

    /** Whether an accelerated disposition went undecided past its 30 days: the protest is deemed denied. */
    public boolean deemedDenied(LocalDate today) {
        LocalDate by = acceleratedDecisionBy();
        return !decided && by != null && today.isAfter(by);
    }

    /** The first day accelerated disposition may be requested. */
    public LocalDate acceleratedFrom() {
        return filedOn.plusDays(ACCELERATED_AFTER_DAYS);
    }

    /** "Filed", "Deemed denied (accelerated disposition not decided in 30 days)", "Denied", ... */
    public String statusTitle(LocalDate today) {
        if (decided && decision != null) {
            return decision.title();
        }
        if (deemedDenied(today)) {
            return "Deemed denied (accelerated disposition not decided within 30 days)";
        }
        return acceleratedRequested() ? "Filed: accelerated disposition requested" : "Filed: awaiting CBP's decision";
    }
}
