package org.openace.filing.officer;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.filing.Money;

import static org.assertj.core.api.Assertions.assertThat;

class MoveInputTests {

    private static MoveInput.Checked check(MoveKind kind, MoveInput input) {
        return input.check(kind);
    }

    private static List<MoveInput.FieldError> errors(MoveInput.Checked checked) {
        assertThat(checked).isInstanceOf(MoveInput.Invalid.class);
        return ((MoveInput.Invalid) checked).errors();
    }

    private static OfficerMove move(MoveInput.Checked checked) {
        assertThat(checked).isInstanceOf(MoveInput.Valid.class);
        return ((MoveInput.Valid) checked).move();
    }

    @Test
    void aRejectionTakesItsReasonsOneToALineWithoutBlankLines() {
        MoveInput input = new MoveInput(MoveInput.lines("Wrong HTS number\n\n  Value missing  \n"), null, null, null,
                null, null);

        assertThat(move(check(MoveKind.REJECT, input)))
                .isEqualTo(new OfficerMove.Reject(List.of("Wrong HTS number", "Value missing")));
    }

    @Test
    void aRejectionWithoutReasonsOrWithTooManyIsRefusedOnTheReasonsField() {
        assertThat(errors(check(MoveKind.REJECT, MoveInput.empty()))).extracting(MoveInput.FieldError::field)
                .containsExactly("reasons");
        List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "Reason " + i).toList();
        assertThat(errors(check(MoveKind.REJECT, new MoveInput(eleven, null, null, null, null, null))).getFirst()
                .message()).contains("at most 10");
        assertThat(errors(check(MoveKind.REJECT, new MoveInput(List.of("x".repeat(501)), null, null, null, null,
                null))).getFirst().message()).contains("500 characters");
    }

    @Test
    void aHoldWithoutAuthorityOrReasonNamesBothFields() {
        List<MoveInput.FieldError> errors = errors(check(MoveKind.HOLD,
                new MoveInput(null, "cbp!", " ", null, null, null)));

        assertThat(errors).extracting(MoveInput.FieldError::field).containsExactly("authority", "reason");
    }

    @Test
    void aHoldByAPartnerAgencyKeepsItsCodeAndReason() {
        assertThat(move(check(MoveKind.HOLD, new MoveInput(null, " FDA ", " Sample taken ", null, null, null))))
                .isEqualTo(new OfficerMove.PlaceHold("FDA", "Sample taken"));
    }

    @Test
    void aHoldNumberIsAPositiveNumber() {
        assertThat(errors(check(MoveKind.LIFT_HOLD, new MoveInput(null, null, null, "0", null, null)))).hasSize(1);
        assertThat(errors(check(MoveKind.LIFT_HOLD, new MoveInput(null, null, null, "one", null, null)))).hasSize(1);
        assertThat(move(check(MoveKind.LIFT_HOLD, new MoveInput(null, null, null, "2", null, null))))
                .isEqualTo(new OfficerMove.LiftHold(2));
    }

    @Test
    void aLiquidationDateIsAnIsoDateOnAFriday() {
        assertThat(errors(check(MoveKind.SCHEDULE_LIQUIDATION, new MoveInput(null, null, null, null, "08/01/2027",
                null))).getFirst().message()).contains("year-month-day");
        assertThat(errors(check(MoveKind.SCHEDULE_LIQUIDATION, new MoveInput(null, null, null, null, "2027-01-07",
                null))).getFirst().message()).isEqualTo("Liquidations are scheduled on Fridays: 2027-01-07 is a Thursday");
        assertThat(move(check(MoveKind.SCHEDULE_LIQUIDATION, new MoveInput(null, null, null, null, "2027-01-08",
                null)))).isEqualTo(new OfficerMove.ScheduleLiquidation(LocalDate.of(2027, 1, 8)));
    }

    @Test
    void aLiquidatedAmountIsDollarsAndCentsAndNotNegative() {
        assertThat(errors(check(MoveKind.LIQUIDATE, new MoveInput(null, null, null, null, null, "-1.00")))
                .getFirst().message()).isEqualTo("A liquidated amount is not negative");
        assertThat(errors(check(MoveKind.LIQUIDATE, new MoveInput(null, null, null, null, null, "12.345"))))
                .hasSize(1);
        assertThat(errors(check(MoveKind.LIQUIDATE, new MoveInput(null, null, null, null, null, "abc")))).hasSize(1);
        assertThat(move(check(MoveKind.LIQUIDATE, new MoveInput(null, null, null, null, null, "1,234.5"))))
                .isEqualTo(new OfficerMove.Liquidate(Money.of("1234.50")));
    }

    @Test
    void anExtensionNeedsItsReasonAndAReleaseNeedsNothing() {
        assertThat(errors(check(MoveKind.EXTEND, MoveInput.empty()))).extracting(MoveInput.FieldError::field)
                .containsExactly("reason");
        assertThat(move(check(MoveKind.RELEASE, MoveInput.empty()))).isEqualTo(new OfficerMove.Release());
    }

    @Test
    void movesAreNamedInAddressesAsTheApiDescribesThem() {
        assertThat(MoveKind.ofPath("lift-hold")).contains(MoveKind.LIFT_HOLD);
        assertThat(MoveKind.ofPath("schedule-liquidation")).contains(MoveKind.SCHEDULE_LIQUIDATION);
        assertThat(MoveKind.ofPath("LIFT_HOLD")).isEmpty();
    }
}
