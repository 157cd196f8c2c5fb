package org.openace.filing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.reference.ImporterNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntrySummaryTests {

    /** Weekdays only: enough for these tests (the portal passes the reference module's holiday-aware count). */
    static final WorkingDayCalendar WEEKDAYS = (from, days) -> {
        LocalDate date = from;
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    };

    static final LocalDate ACCEPTED_ON = LocalDate.of(2025, 6, 10);

    private final EntrySummary summary = EntrySummary.accept(SampleForms.form(), ACCEPTED_ON);

    @Test
    void aLineHasExactlyOneCommodityWithItsChapter99NumbersStacked() {
        EntryLine line = SampleForms.line(1);
        assertThat(line.commodity().htsNumber()).isEqualTo(SampleForms.SHIRTS);
        assertThat(line.chapter99()).extracting(TariffOrdinal::htsNumber).containsExactly(SampleForms.SECTION_301);
        assertThat(line.enteredValue()).isEqualTo(Money.of("10000.00"));
        assertThat(line.duty()).isEqualTo(Money.of("4150.00"));
        assertThatThrownBy(() -> new EntryLine(1, SampleForms.CHINA, "X", false, Money.ZERO,
                List.of(SampleForms.chapter99()), null, List.of())).hasMessageContaining("one commodity HTS number");
        assertThatThrownBy(() -> new EntryLine(1, SampleForms.CHINA, "X", false, Money.ZERO,
                List.of(SampleForms.commodity(), SampleForms.commodity()), null, List.of()))
                .hasMessageContaining("not 2");
    }

    @Test
    void theTotalsAreComputedExactlyFromLinesAndFees() {
        Form7501 form = SampleForms.builder().lines(SampleForms.line(1), SampleForms.line(2)).build();
        SummaryTotals computed = form.computedTotals();
        assertThat(computed.enteredValue()).isEqualTo(Money.of("20000.00"));
        assertThat(computed.duty()).isEqualTo(Money.of("8300.00"));
        assertThat(computed.fees()).isEqualTo(Money.of("47.14"));
        assertThat(computed.total()).isEqualTo(Money.of("8347.14"));
    }

    @Test
    void theSummaryNeverShowsAFullSocialSecurityNumber() {
        ImporterNumber ssn = ImporterNumber.parse(SampleForms.SSN_IMPORTER).orElseThrow();
        Form7501 form = SampleForms.builder().importer(ssn).build();
        EntrySummary withSsn = EntrySummary.accept(form, ACCEPTED_ON);
        assertThat(form.toString()).doesNotContain("212-45").doesNotContain("212456789").contains("***-**-6789");
        assertThat(withSsn.toString()).doesNotContain("212-45");
        assertThat(withSsn.takeEvents()).singleElement().satisfies(event -> {
            assertThat(event.entry().importerDisplay()).isEqualTo("***-**-6789");
            assertThat(event.toString()).doesNotContain("212-45").doesNotContain("212456789");
        });
    }

    @Test
    void acceptingRecordsTheFactsReadersNeed() {
        List<EntrySummaryEvent> events = summary.takeEvents();
        assertThat(events).singleElement().isInstanceOfSatisfying(EntrySummaryAccepted.class, accepted -> {
            assertThat(accepted.entry().entryNumber()).isEqualTo(SampleForms.ENTRY);
            assertThat(accepted.entry().filerCode()).isEqualTo("ABC");
            assertThat(accepted.entry().portOfEntry()).isEqualTo(SampleForms.LONG_BEACH);
            assertThat(accepted.entry().version()).isEqualTo(1);
            assertThat(accepted.totals().total()).isEqualTo(Money.of("4197.14"));
            assertThat(accepted.liquidationDeadline()).isEqualTo(LocalDate.of(2026, 6, 5));
        });
        assertThat(summary.takeEvents()).isEmpty();
        assertThat(summary.status()).isEqualTo(EntrySummaryStatus.ACCEPTED);
    }

    @Test
    void aRejectedSummaryIsDueBackWithinTwoWorkingDays() {
        // rejected on Friday 13 June 2025: due back Tuesday 17 June
        EntrySummaryRejected rejected = summary.reject(List.of("HTS 6109.10.00.12 needs a quantity in DOZ"),
                LocalDate.of(2025, 6, 13), WEEKDAYS);
        assertThat(rejected.resubmitBy()).isEqualTo(LocalDate.of(2025, 6, 17));
        assertThat(summary.status()).isEqualTo(EntrySummaryStatus.REJECTED);
        assertThat(summary.resubmitBy()).contains(LocalDate.of(2025, 6, 17));
        assertThatThrownBy(() -> summary.pay(summary.amountDue(), LocalDate.of(2025, 6, 14)))
                .isInstanceOf(IllegalEntryMoveException.class)
                .hasMessageContaining("cannot pay an entry summary that is REJECTED");
    }

    @Test
    void aRejectionWithoutReasonsIsRefused() {
        assertThatThrownBy(() -> summary.reject(List.of(), ACCEPTED_ON, WEEKDAYS))
                .hasMessageContaining("gives its reasons");
        assertThat(summary.status()).isEqualTo(EntrySummaryStatus.ACCEPTED);
    }

    @Test
    void aResubmissionIsANewVersionAcceptedAgainAndSaysWhetherItWasLate() {
        summary.reject(List.of("wrong value"), LocalDate.of(2025, 6, 13), WEEKDAYS);
        EntrySummaryCorrected onTime = summary.correct(SampleForms.form(), LocalDate.of(2025, 6, 17));
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.previousVersion()).isEqualTo(1);
        assertThat(summary.version()).isEqualTo(2);
        assertThat(summary.status()).isEqualTo(EntrySummaryStatus.ACCEPTED);

        summary.reject(List.of("wrong value again"), LocalDate.of(2025, 6, 18), WEEKDAYS);
        assertThat(summary.correct(SampleForms.form(), LocalDate.of(2025, 6, 23)).late()).isTrue();
        assertThat(summary.version()).isEqualTo(3);
    }

    @Test
    void aCorrectionKeepsTheEntryNumber() {
        Form7501 other = SampleForms.builder().entryNumber(EntryNumber.of("ABC", "7654321")).build();
        assertThatThrownBy(() -> summary.correct(other, ACCEPTED_ON)).hasMessageContaining("keeps the entry number");
    }

    @Test
    void fromStatementToPaymentToLiquidationAndTheProtestWindow() {
        EntryPlacedOnStatement onStatement = summary.placeOnStatement("B12345678", LocalDate.of(2025, 6, 11));
        assertThat(onStatement.amountDue()).isEqualTo(Money.of("4197.14"));
        assertThatThrownBy(() -> summary.pay(Money.of("4197.13"), LocalDate.of(2025, 7, 1)))
                .hasMessageContaining("the amount due is $4197.14, not $4197.13");
        summary.pay(Money.of("4197.14"), LocalDate.of(2025, 7, 1));
        assertThat(summary.status()).isEqualTo(EntrySummaryStatus.PAID);

        assertThatThrownBy(() -> summary.scheduleLiquidation(LocalDate.of(2026, 4, 23), LocalDate.of(2026, 4, 1)))
                .hasMessageContaining("on Fridays; 2026-04-23 is a THURSDAY");
        summary.scheduleLiquidation(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> summary.liquidate(Money.of("4197.14"), LocalDate.of(2026, 4, 17)))
                .hasMessageContaining("scheduled to liquidate on 2026-04-24");
        EntryLiquidated liquidated = summary.liquidate(Money.of("4197.14"), LocalDate.of(2026, 4, 24));
        assertThat(liquidated.protestBy()).isEqualTo(LocalDate.of(2026, 10, 21));
        assertThat(summary.protestBy()).contains(LocalDate.of(2026, 10, 21));
        assertThat(summary.status().isFinal()).isTrue();
        assertThatThrownBy(() -> summary.extend("review", LocalDate.of(2026, 5, 1)))
                .isInstanceOf(IllegalEntryMoveException.class);
        assertThat(summary.takeEvents()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "EntrySummaryAccepted", "EntryPlacedOnStatement", "EntryPaid", "LiquidationScheduled",
                "EntryLiquidated");
    }

    @Test
    void liquidationIsNotScheduledBeforePaymentNorAfterTheDeadline() {
        assertThatThrownBy(() -> summary.scheduleLiquidation(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 4, 1)))
                .hasMessageContaining("cannot schedule liquidation an entry summary that is ACCEPTED");
        summary.pay(summary.amountDue(), LocalDate.of(2025, 6, 20));
        assertThatThrownBy(() -> summary.scheduleLiquidation(LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 1)))
                .hasMessageContaining("liquidation deadline 2026-06-05");
    }

    @Test
    void anExtensionMovesTheDeadlineAYearAtMostThreeTimes() {
        summary.pay(summary.amountDue(), LocalDate.of(2025, 6, 20));
        LiquidationExtended first = summary.extend("information requested", LocalDate.of(2026, 5, 1));
        assertThat(first.extension()).isEqualTo(1);
        assertThat(first.liquidationDeadline()).isEqualTo(LocalDate.of(2027, 6, 5));
        summary.extend("still under review", LocalDate.of(2027, 5, 1));
        summary.extend("still under review", LocalDate.of(2028, 5, 1));
        assertThat(summary.liquidationDeadline()).isEqualTo(LocalDate.of(2029, 6, 5));
        assertThatThrownBy(() -> summary.extend("again", LocalDate.of(2029, 5, 1)))
                .hasMessageContaining("already been extended 3 times");
        summary.scheduleLiquidation(LocalDate.of(2029, 6, 1), LocalDate.of(2029, 5, 20));
        assertThat(summary.status()).isEqualTo(EntrySummaryStatus.LIQUIDATION_SCHEDULED);
    }

    @Test
    void anEntryNotLiquidatedWithinAYearOfEntryIsDeemedLiquidated() {
        summary.pay(summary.amountDue(), LocalDate.of(2025, 6, 20));
        assertThatThrownBy(() -> summary.deemLiquidated(LocalDate.of(2026, 6, 5)))
                .hasMessageContaining("may still be liquidated until 2026-06-05");
        EntryDeemedLiquidated deemed = summary.deemLiquidated(LocalDate.of(2026, 6, 8));
        assertThat(deemed.deemedOn()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(deemed.amount()).isEqualTo(Money.of("4197.14"));
        assertThat(deemed.protestBy()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(summary.status()).isEqualTo(EntrySummaryStatus.DEEMED_LIQUIDATED);
    }

    @Test
    void heldCargoIsReleasedOnlyWhenEveryHoldIsLifted() {
        summary.hold("CBP", "exam", LocalDate.of(2025, 6, 5));
        HoldPlaced fda = summary.hold("FDA", "sampling", LocalDate.of(2025, 6, 6));
        assertThat(fda.holdNumber()).isEqualTo(2);
        assertThat(summary.releaseStatus()).isEqualTo(ReleaseStatus.HELD);
        assertThatThrownBy(() -> summary.releaseCargo(LocalDate.of(2025, 6, 7))).hasMessageContaining("held");

        assertThat(summary.liftHold(1, LocalDate.of(2025, 6, 8)).stillHeld()).isTrue();
        assertThat(summary.releaseStatus()).isEqualTo(ReleaseStatus.HELD);
        assertThatThrownBy(() -> summary.liftHold(1, LocalDate.of(2025, 6, 9))).hasMessageContaining("was lifted on");
        assertThat(summary.liftHold(2, LocalDate.of(2025, 6, 9)).stillHeld()).isFalse();
        assertThat(summary.releaseStatus()).isEqualTo(ReleaseStatus.HOLD_LIFTED);

        summary.releaseCargo(LocalDate.of(2025, 6, 9));
        assertThat(summary.releaseStatus()).isEqualTo(ReleaseStatus.RELEASED);
        assertThatThrownBy(() -> summary.hold("CBP", "late", LocalDate.of(2025, 6, 10))).hasMessageContaining("already released");
        assertThatThrownBy(() -> summary.releaseCargo(LocalDate.of(2025, 6, 10))).hasMessageContaining("already released");
        assertThatThrownBy(() -> summary.liftHold(3, LocalDate.of(2025, 6, 10))).hasMessageContaining("no hold 3");
    }

    @Test
    void aHoldNamesItsAuthorityAndReason() {
        assertThatThrownBy(() -> summary.hold("cbp", "exam", ACCEPTED_ON)).hasMessageContaining("partner agency");
        assertThatThrownBy(() -> summary.hold("CBP", " ", ACCEPTED_ON)).hasMessageContaining("reason");
    }
}
