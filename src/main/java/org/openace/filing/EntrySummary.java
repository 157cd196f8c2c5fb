package org.openace.filing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An entry summary and the lifecycle it owns: its current version of the Form 7501 (earlier versions are kept by
 * whoever stores it), where it stands from acceptance to liquidation ({@link EntrySummaryStatus}), and the release
 * of its cargo with the holds on it ({@link ReleaseStatus}). Each move checks the current state, refuses an illegal
 * one with an {@link IllegalEntryMoveException} saying why, and returns the past-tense event it records; the events
 * recorded and not yet published are taken with {@link #takeEvents()}.
 *
 * <p>Dates: liquidation is due one year after the date of entry (19 U.S.C. 1504(a)), moved out a year by each
 * extension, at most three (1504(b)); CBP schedules liquidations weekly, on Fridays; a liquidation may be protested
 * within 180 days (19 U.S.C. 1514(c)(3)); a rejected summary is to be resubmitted within 2 working days.
 */
public final class EntrySummary {

    private static final Pattern STATEMENT_NUMBER = Pattern.compile("[0-9A-Z]{1,12}");

    /** Working days a filer has to resubmit a rejected entry summary. */
    public static final int RESUBMISSION_WORKING_DAYS = 2;
    /** Days from liquidation within which it may be protested. */
    public static final int PROTEST_DAYS = 180;
    /** Extensions of liquidation CBP may give, one year each. */
    public static final int MAX_EXTENSIONS = 3;

    private Form7501 form;
    private int version;
    private EntrySummaryStatus status;
    private List<String> rejectionReasons = List.of();
    private @Nullable LocalDate resubmitBy;
    private @Nullable String statementNumber;
    private LocalDate liquidationDeadline;
    private int extensions;
    private @Nullable LocalDate liquidationDate;
    private @Nullable LocalDate protestBy;
    private ReleaseStatus release = ReleaseStatus.AWAITING_RELEASE;
    private final List<Hold> holds = new ArrayList<>();
    private final List<EntrySummaryEvent> events = new ArrayList<>();

    private EntrySummary(Form7501 form) {
        this.form = form;
        this.version = 1;
        this.status = EntrySummaryStatus.ACCEPTED;
        this.liquidationDeadline = form.entryDate().plusYears(1);
    }

    /** A summary that passed the validation rules, accepted on a date: version 1, {@link EntrySummaryStatus#ACCEPTED}. */
    public static EntrySummary accept(Form7501 form, LocalDate on) {
        Objects.requireNonNull(form, "form");
        EntrySummary summary = new EntrySummary(form);
        summary.record(new EntrySummaryAccepted(summary.facts(), on, form.summaryDate(), form.entryDate(),
                form.declaredTotals(), summary.liquidationDeadline));
        return summary;
    }

    /**
     * Where a stored entry summary stands, to store it and to take it up again ({@link #restore}); the holds in
     * number order.
     */
    public record Snapshot(Form7501 form, int version, EntrySummaryStatus status, List<String> rejectionReasons,
                           @Nullable LocalDate resubmitBy, @Nullable String statementNumber,
                           LocalDate liquidationDeadline, int extensions, @Nullable LocalDate liquidationDate,
                           @Nullable LocalDate protestBy, ReleaseStatus release, List<Hold> holds) {

        public Snapshot {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(liquidationDeadline, "liquidation deadline");
            Objects.requireNonNull(release, "release status");
            rejectionReasons = List.copyOf(rejectionReasons);
            holds = List.copyOf(holds);
            if (version < 1) {
                throw new IllegalArgumentException("A version is 1 or more");
            }
        }
    }

    /** An entry summary as it was stored, to make its next move; no event is recorded by restoring it. */
    public static EntrySummary restore(Snapshot snapshot) {
        EntrySummary summary = new EntrySummary(snapshot.form());
        summary.version = snapshot.version();
        summary.status = snapshot.status();
        summary.rejectionReasons = snapshot.rejectionReasons();
        summary.resubmitBy = snapshot.resubmitBy();
        summary.statementNumber = snapshot.statementNumber();
        summary.liquidationDeadline = snapshot.liquidationDeadline();
        summary.extensions = snapshot.extensions();
        summary.liquidationDate = snapshot.liquidationDate();
        summary.protestBy = snapshot.protestBy();
        summary.release = snapshot.release();
        summary.holds.addAll(snapshot.holds());
        return summary;
    }

    /** Where it stands now, to store. */
    public Snapshot snapshot() {
        return new Snapshot(form, version, status, rejectionReasons, resubmitBy, statementNumber, liquidationDeadline,
                extensions, liquidationDate, protestBy, release, holds);
    }

    /** CBP rejects the summary with reasons; it is to be resubmitted within 2 working days of {@code on}. */
    public EntrySummaryRejected reject(List<String> reasons, LocalDate on, WorkingDayCalendar calendar) {
        require("reject", EntrySummaryStatus.ACCEPTED);
        if (reasons.isEmpty() || reasons.stream().anyMatch(String::isBlank)) {
            throw new IllegalEntryMoveException(form.entryNumber(), "a rejection gives its reasons");
        }
        LocalDate deadline = calendar.add(on, RESUBMISSION_WORKING_DAYS);
        status = EntrySummaryStatus.REJECTED;
        rejectionReasons = List.copyOf(reasons);
        resubmitBy = deadline;
        return record(new EntrySummaryRejected(facts(), on, rejectionReasons, deadline));
    }

    /**
     * A new version of the summary (it passed the rules) replaces the current one: a correction of an accepted
     * summary, or the resubmission of a rejected one, which is accepted again ({@code late} if after its deadline).
     */
    public EntrySummaryCorrected correct(Form7501 corrected, LocalDate on) {
        require("correct", EntrySummaryStatus.ACCEPTED, EntrySummaryStatus.REJECTED);
        if (!corrected.entryNumber().equals(form.entryNumber())) {
            throw new IllegalEntryMoveException(form.entryNumber(),
                    "a correction keeps the entry number, not " + corrected.entryNumber());
        }
        boolean late = resubmitBy != null && status == EntrySummaryStatus.REJECTED && on.isAfter(resubmitBy);
        int previous = version;
        form = corrected;
        version++;
        status = EntrySummaryStatus.ACCEPTED;
        rejectionReasons = List.of();
        resubmitBy = null;
        liquidationDeadline = corrected.entryDate().plusYears(1 + extensions);
        return record(new EntrySummaryCorrected(facts(), on, previous, corrected.declaredTotals(), late));
    }

    /** The accepted summary is placed on a statement for the amount it declares. */
    public EntryPlacedOnStatement placeOnStatement(String statement, LocalDate on) {
        require("place on a statement", EntrySummaryStatus.ACCEPTED);
        if (statement == null || !STATEMENT_NUMBER.matcher(statement).matches()) {
            throw new IllegalEntryMoveException(form.entryNumber(), "a statement number is 1 to 12 letters or digits");
        }
        status = EntrySummaryStatus.ON_STATEMENT;
        statementNumber = statement;
        return record(new EntryPlacedOnStatement(facts(), on, statement, amountDue()));
    }

    /** The amount due is paid, on a statement or singly; an amount other than the one due is refused. */
    public EntryPaid pay(Money amount, LocalDate on) {
        require("pay", EntrySummaryStatus.ACCEPTED, EntrySummaryStatus.ON_STATEMENT);
        if (!amount.equals(amountDue())) {
            throw new IllegalEntryMoveException(form.entryNumber(),
                    "the amount due is " + amountDue() + ", not " + amount);
        }
        status = EntrySummaryStatus.PAID;
        return record(new EntryPaid(facts(), on, amount));
    }

    /** CBP schedules liquidation on a Friday, on or after {@code on} and not after the liquidation deadline. */
    public LiquidationScheduled scheduleLiquidation(LocalDate date, LocalDate on) {
        require("schedule liquidation", EntrySummaryStatus.PAID, EntrySummaryStatus.EXTENDED);
        if (date.getDayOfWeek() != DayOfWeek.FRIDAY) {
            throw new IllegalEntryMoveException(form.entryNumber(),
                    "liquidations are scheduled weekly on Fridays; " + date + " is a " + date.getDayOfWeek());
        }
        if (date.isBefore(on) || date.isAfter(liquidationDeadline)) {
            throw new IllegalEntryMoveException(form.entryNumber(), "a liquidation date is between " + on
                    + " and the liquidation deadline " + liquidationDeadline + ", not " + date);
        }
        status = EntrySummaryStatus.LIQUIDATION_SCHEDULED;
        liquidationDate = date;
        return record(new LiquidationScheduled(facts(), on, date));
    }

    /** CBP liquidates on the scheduled date at the amount it ascertained; the protest window opens. */
    public EntryLiquidated liquidate(Money amount, LocalDate on) {
        require("liquidate", EntrySummaryStatus.LIQUIDATION_SCHEDULED);
        if (!on.equals(liquidationDate)) {
            throw new IllegalEntryMoveException(form.entryNumber(),
                    "it is scheduled to liquidate on " + liquidationDate + ", not " + on);
        }
        if (amount.isNegative()) {
            throw new IllegalEntryMoveException(form.entryNumber(), "a liquidated amount is not negative");
        }
        status = EntrySummaryStatus.LIQUIDATED;
        protestBy = on.plusDays(PROTEST_DAYS);
        return record(new EntryLiquidated(facts(), on, amount, protestBy));
    }

    /** CBP extends liquidation by a year (at most three times), before the deadline passes. */
    public LiquidationExtended extend(String reason, LocalDate on) {
        require("extend liquidation", EntrySummaryStatus.ACCEPTED, EntrySummaryStatus.ON_STATEMENT,
                EntrySummaryStatus.PAID, EntrySummaryStatus.LIQUIDATION_SCHEDULED, EntrySummaryStatus.EXTENDED);
        if (reason == null || reason.isBlank()) {
            throw new IllegalEntryMoveException(form.entryNumber(), "an extension gives its reason");
        }
        if (extensions >= MAX_EXTENSIONS) {
            throw new IllegalEntryMoveException(form.entryNumber(),
                    "liquidation has already been extended " + MAX_EXTENSIONS + " times, the most allowed");
        }
        if (on.isAfter(liquidationDeadline)) {
            throw new IllegalEntryMoveException(form.entryNumber(),
                    "the liquidation deadline " + liquidationDeadline + " has passed");
        }
        extensions++;
        liquidationDeadline = liquidationDeadline.plusYears(1);
        liquidationDate = null;
        status = EntrySummaryStatus.EXTENDED;
        return record(new LiquidationExtended(facts(), on, extensions, liquidationDeadline, reason));
    }

    /**
     * Noticed on {@code on}, after the deadline: the entry was not liquidated in time and is liquidated by operation
     * of law on its deadline, at the amount declared.
     */
    public EntryDeemedLiquidated deemLiquidated(LocalDate on) {
        require("deem liquidated", EntrySummaryStatus.ACCEPTED, EntrySummaryStatus.ON_STATEMENT,
                EntrySummaryStatus.PAID, EntrySummaryStatus.LIQUIDATION_SCHEDULED, EntrySummaryStatus.EXTENDED);
        if (!on.isAfter(liquidationDeadline)) {
            throw new IllegalEntryMoveException(form.entryNumber(),
                    "it may still be liquidated until " + liquidationDeadline);
        }
        status = EntrySummaryStatus.DEEMED_LIQUIDATED;
        liquidationDate = liquidationDeadline;
        protestBy = liquidationDeadline.plusDays(PROTEST_DAYS);
        return record(new EntryDeemedLiquidated(facts(), on, liquidationDeadline, amountDue(), protestBy));
    }

    /** CBP or a partner agency holds the cargo, with a reason; released cargo cannot be held here. */
    public HoldPlaced hold(String authority, String reason, LocalDate on) {
        if (release == ReleaseStatus.RELEASED) {
            throw new IllegalEntryMoveException(form.entryNumber(), "its cargo is already released");
        }
        Hold hold = new Hold(holds.size() + 1, authority, reason, on, null);
        holds.add(hold);
        release = ReleaseStatus.HELD;
        return record(new HoldPlaced(facts(), on, hold.number(), authority, reason));
    }

    /** A hold is lifted; the cargo stays held while another hold is open. */
    public HoldLifted liftHold(int holdNumber, LocalDate on) {
        Hold hold = holds.stream().filter(h -> h.number() == holdNumber).findFirst()
                .orElseThrow(() -> new IllegalEntryMoveException(form.entryNumber(), "it has no hold " + holdNumber));
        if (!hold.isOpen()) {
            throw new IllegalEntryMoveException(form.entryNumber(), "hold " + holdNumber + " was lifted on " + hold.liftedOn());
        }
        holds.set(holdNumber - 1, hold.liftedOn(on));
        boolean stillHeld = holds.stream().anyMatch(Hold::isOpen);
        release = stillHeld ? ReleaseStatus.HELD : ReleaseStatus.HOLD_LIFTED;
        return record(new HoldLifted(facts(), on, holdNumber, hold.authority(), stillHeld));
    }

    /** CBP releases the cargo: refused while a hold is open or when it is already released. */
    public CargoReleased releaseCargo(LocalDate on) {
        if (release == ReleaseStatus.RELEASED) {
            throw new IllegalEntryMoveException(form.entryNumber(), "its cargo is already released");
        }
        if (release == ReleaseStatus.HELD) {
            throw new IllegalEntryMoveException(form.entryNumber(), "its cargo is held: lift every hold first");
        }
        release = ReleaseStatus.RELEASED;
        return record(new CargoReleased(facts(), on));
    }

    /** The events recorded since the last call, in order; the list is emptied. */
    public List<EntrySummaryEvent> takeEvents() {
        List<EntrySummaryEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public Form7501 form() {
        return form;
    }

    public EntryNumber entryNumber() {
        return form.entryNumber();
    }

    public int version() {
        return version;
    }

    public EntrySummaryStatus status() {
        return status;
    }

    public List<String> rejectionReasons() {
        return rejectionReasons;
    }

    public Optional<LocalDate> resubmitBy() {
        return Optional.ofNullable(resubmitBy);
    }

    public Optional<String> statementNumber() {
        return Optional.ofNullable(statementNumber);
    }

    public LocalDate liquidationDeadline() {
        return liquidationDeadline;
    }

    public int extensions() {
        return extensions;
    }

    /** The date it is scheduled to liquidate, or liquidated (or was deemed liquidated) on. */
    public Optional<LocalDate> liquidationDate() {
        return Optional.ofNullable(liquidationDate);
    }

    /** The last day a protest may be filed, once liquidated. */
    public Optional<LocalDate> protestBy() {
        return Optional.ofNullable(protestBy);
    }

    public ReleaseStatus releaseStatus() {
        return release;
    }

    public List<Hold> holds() {
        return List.copyOf(holds);
    }

    /** Duty, tax, fees and other as declared by the current version. */
    public Money amountDue() {
        return form.declaredTotals().total();
    }

    private void require(String move, EntrySummaryStatus... allowed) {
        Set<EntrySummaryStatus> from = EnumSet.of(allowed[0], allowed);
        if (!from.contains(status)) {
            throw new IllegalEntryMoveException(form.entryNumber(),
                    "cannot " + move + " an entry summary that is " + status + " (only when " + from + ")");
        }
    }

    private EntryFacts facts() {
        return EntryFacts.of(form, version);
    }

    private <E extends EntrySummaryEvent> E record(E event) {
        events.add(event);
        return event;
    }

    @Override
    public String toString() {
        return "EntrySummary[" + form.entryNumber() + " v" + version + ", " + status + ", " + release + "]";
    }
}
