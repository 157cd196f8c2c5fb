package org.openace.filing.officer;

import java.time.LocalDate;
import java.util.List;

import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryEvent;
import org.openace.filing.Money;
import org.openace.filing.WorkingDayCalendar;

/**
 * A move a customs officer makes on an entry summary, with the values it needs (already checked for their form by
 * {@link MoveInput}); whether the entry's state allows it is the entry summary's own decision.
 */
sealed interface OfficerMove {

    MoveKind kind();

    /** Makes the move on the entry, as of {@code today}: the event it records, or an IllegalEntryMoveException. */
    EntrySummaryEvent applyTo(EntrySummary entry, LocalDate today, WorkingDayCalendar calendar);

    /** Rejects the summary with its reasons; the filer resubmits within 2 working days. */
    record Reject(List<String> reasons) implements OfficerMove {

        public Reject {
            reasons = List.copyOf(reasons);
        }

        @Override
        public MoveKind kind() {
            return MoveKind.REJECT;
        }

        @Override
        public EntrySummaryEvent applyTo(EntrySummary entry, LocalDate today, WorkingDayCalendar calendar) {
            return entry.reject(reasons, today, calendar);
        }
    }

    /** Holds the cargo for CBP or a partner agency, with a reason. */
    record PlaceHold(String authority, String reason) implements OfficerMove {

        @Override
        public MoveKind kind() {
            return MoveKind.HOLD;
        }

        @Override
        public EntrySummaryEvent applyTo(EntrySummary entry, LocalDate today, WorkingDayCalendar calendar) {
            return entry.hold(authority, reason, today);
        }
    }

    /** Lifts one of the entry's holds by its number. */
    record LiftHold(int holdNumber) implements OfficerMove {

        @Override
        public MoveKind kind() {
            return MoveKind.LIFT_HOLD;
        }

        @Override
        public EntrySummaryEvent applyTo(EntrySummary entry, LocalDate today, WorkingDayCalendar calendar) {
            return entry.liftHold(holdNumber, today);
        }
    }

    /** Releases the cargo. */
    record Release() implements OfficerMove {

        @Override
        public MoveKind kind() {
            return MoveKind.RELEASE;
        }

        @Override
        public EntrySummaryEvent applyTo(EntrySummary entry, LocalDate today, WorkingDayCalendar calendar) {
            return entry.releaseCargo(today);
        }
    }

    /** Schedules liquidation on a Friday. */
    record ScheduleLiquidation(LocalDate liquidationDate) implements OfficerMove {

        @Override
        public MoveKind kind() {
            return MoveKind.SCHEDULE_LIQUIDATION;
        }

        @Override
        public EntrySummaryEvent applyTo(EntrySummary entry, LocalDate today, WorkingDayCalendar calendar) {
            return entry.scheduleLiquidation(liquidationDate, today);
        }
    }

    /** Liquidates, on the scheduled date, at the amount CBP ascertained. */
    record Liquidate(Money amount) implements OfficerMove {

        @Override
        public MoveKind kind() {
            return MoveKind.LIQUIDATE;
        }

        @Override
        public EntrySummaryEvent applyTo(EntrySummary entry, LocalDate today, WorkingDayCalendar calendar) {
            return entry.liquidate(amount, today);
        }
    }

    /** Extends liquidation by a year, with a reason. */
    record Extend(String reason) implements OfficerMove {

        @Override
        public MoveKind kind() {
            return MoveKind.EXTEND;
        }

        @Override
        public EntrySummaryEvent applyTo(EntrySummary entry, LocalDate today, WorkingDayCalendar calendar) {
            return entry.extend(reason, today);
        }
    }
}
