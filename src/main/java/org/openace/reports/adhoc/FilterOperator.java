package org.openace.reports.adhoc;

import java.util.EnumSet;
import java.util.Set;

import org.openace.reports.ReportColumn.Kind;

/** The operators a filter may use, each for the kinds of column it makes sense on, and how many values it takes. */
enum FilterOperator {
    EQUALS("equals", Arity.ONE, EnumSet.allOf(Kind.class)),
    NOT_EQUALS("does not equal", Arity.ONE, EnumSet.allOf(Kind.class)),
    IN_LIST("is one of (comma-separated)", Arity.LIST, EnumSet.of(Kind.TEXT, Kind.INTEGER)),
    STARTS_WITH("starts with", Arity.ONE, EnumSet.of(Kind.TEXT)),
    BETWEEN("is between (both included)", Arity.TWO, EnumSet.of(Kind.DATE, Kind.MONEY, Kind.QUANTITY, Kind.INTEGER)),
    AT_LEAST("is at least (>=)", Arity.ONE, EnumSet.of(Kind.DATE, Kind.MONEY, Kind.QUANTITY, Kind.INTEGER)),
    AT_MOST("is at most (<=)", Arity.ONE, EnumSet.of(Kind.DATE, Kind.MONEY, Kind.QUANTITY, Kind.INTEGER)),
    IS_EMPTY("is empty", Arity.NONE, EnumSet.allOf(Kind.class)),
    IS_NOT_EMPTY("is not empty", Arity.NONE, EnumSet.allOf(Kind.class));

    /** How many values the operator takes. */
    enum Arity { NONE, ONE, TWO, LIST }

    private final String label;
    private final Arity arity;
    private final Set<Kind> kinds;

    FilterOperator(String label, Arity arity, Set<Kind> kinds) {
        this.label = label;
        this.arity = arity;
        this.kinds = kinds;
    }

    String label() {
        return label;
    }

    Arity arity() {
        return arity;
    }

    boolean appliesTo(Kind kind) {
        return kinds.contains(kind);
    }

    /** The operators for a kind, as a hint says them. */
    static String namesFor(Kind kind) {
        StringBuilder names = new StringBuilder();
        for (FilterOperator operator : values()) {
            if (operator.appliesTo(kind)) {
                names.append(names.isEmpty() ? "" : ", ").append(operator.label);
            }
        }
        return names.toString();
    }
}
