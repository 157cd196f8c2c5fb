package org.openace.payment.statement;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.filing.EntryStatements;
import org.openace.filing.EntryStatements.OnStatement;
import org.springframework.stereotype.Component;

/**
 * Reconciles a statement with the entries: its header against the sum of its entries (counted and summed by the
 * database), and each of its entries against the entry summary as the filing module holds it, matched by entry
 * number in one ordered pass over both sides: an entry on one side only, an entry whose amounts or version differ
 * from those it was placed for. Every difference is listed, to the cent; none means the statement agrees.
 */
@Component
class StatementReconciliation {

    private final Statements statements;
    private final EntryStatements entries;

    StatementReconciliation(Statements statements, EntryStatements entries) {
        this.statements = statements;
        this.entries = entries;
    }

    /** A difference found: the entry (null for the header), what differs, the amounts on each side where known. */
    record Difference(@Nullable String entryNumber, String what, @Nullable Amounts onStatement,
                      @Nullable Amounts asFiled) {

        public @Nullable Amounts gap() {
            return onStatement == null || asFiled == null ? null : onStatement.minus(asFiled);
        }
    }

    record Result(Statement statement, Amounts sumOfEntries, long entriesCompared, List<Difference> differences) {

        public boolean agrees() {
            return differences.isEmpty();
        }
    }

    Result reconcile(Statement statement) {
        if (statement.monthly()) {
            return reconcileMonthly(statement);
        }
        List<Difference> differences = new ArrayList<>();
        Amounts sum = statements.sumOfEntries(statement.number());
        if (!sum.equals(statement.amounts())) {
            differences.add(new Difference(null, "The statement's amounts are not the sum of its entries'",
                    statement.amounts(), sum));
        }
        List<StatementEntry> listed = new ArrayList<>(statement.entryCount());
        long count = statements.forEachEntry(statement.number(), listed::add);
        if (count != statement.entryCount()) {
            differences.add(new Difference(null, "The statement counts " + statement.entryCount() + " entries and lists "
                    + count, null, null));
        }
        Iterator<StatementEntry> left = listed.iterator();
        Iterator<OnStatement> right = entries.onStatement(statement.number()).iterator();
        StatementEntry l = next(left);
        OnStatement r = next(right);
        long compared = 0;
        while (l != null || r != null) {
            int order = l == null ? 1 : r == null ? -1 : l.entryNumber().compareTo(r.entryNumber());
            if (order < 0) {
                differences.add(new Difference(l.formatted(),
                        "Listed on the statement, but the entry summary is not on this statement", l.amounts(), null));
                l = next(left);
            }
            else if (order > 0) {
                differences.add(new Difference(formatted(r.entryNumber()),
                        "On this statement as filed (" + r.status() + "), but not listed on it", null,
                        Amounts.of(r.totals())));
                r = next(right);
            }
            else {
                compared++;
                Amounts filed = Amounts.of(r.totals());
                if (!filed.equals(l.amounts())) {
                    differences.add(new Difference(l.formatted(), "The amounts differ from those the entry summary "
                            + "declares", l.amounts(), filed));
                }
                else if (r.version() != l.version()) {
                    differences.add(new Difference(l.formatted(), "Placed as version " + l.version()
                            + ", now version " + r.version(), l.amounts(), filed));
                }
                l = next(left);
                r = next(right);
            }
        }
        return new Result(statement, sum, compared, List.copyOf(differences));
    }

    /** A monthly statement: its amounts against the sums of its periodic daily statements, and each of those. */
    private Result reconcileMonthly(Statement monthly) {
        List<Difference> differences = new ArrayList<>();
        Amounts sum = Amounts.ZERO;
        long count = 0;
        long compared = 0;
        for (Statement daily : statements.periodicDailies(monthly.number())) {
            sum = sum.plus(daily.amounts());
            count += daily.entryCount();
            Result result = reconcile(daily);
            compared += result.entriesCompared();
            result.differences().forEach(d -> differences.add(new Difference(d.entryNumber(), daily.number() + ": "
                    + d.what(), d.onStatement(), d.asFiled())));
        }
        if (!sum.equals(monthly.amounts())) {
            differences.addFirst(new Difference(null, "The monthly statement's amounts are not the sum of its periodic "
                    + "daily statements'", monthly.amounts(), sum));
        }
        if (count != monthly.entryCount()) {
            differences.addFirst(new Difference(null, "The monthly statement counts " + monthly.entryCount()
                    + " entries and its periodic daily statements " + count, null, null));
        }
        return new Result(monthly, sum, compared, List.copyOf(differences));
    }

    private static <T> @Nullable T next(Iterator<T> it) {
        return it.hasNext() ? it.next() : null;
    }

    private static String formatted(String compact) {
        return compact.substring(0, 3) + "-" + compact.substring(3, 10) + "-" + compact.substring(10);
    }
}
