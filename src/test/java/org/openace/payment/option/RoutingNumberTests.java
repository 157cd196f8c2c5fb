package org.openace.payment.option;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ABA routing numbers: nine digits, a Federal Reserve routing symbol, the check digit; bank account numbers masked. */
class RoutingNumberTests {

    @Test
    void publishedRoutingNumbersPassTheirCheckDigit() {
        // the Federal Reserve Bank of Boston, JPMorgan Chase (New York), Bank of America (California)
        for (String routing : new String[] {"011000015", "021000021", "121000358", "0110-00015"}) {
            assertThat(RoutingNumber.problem(routing)).as(routing).isEmpty();
            assertThat(RoutingNumber.parse(routing)).isPresent();
        }
    }

    @Test
    void aWrongDigitLengthOrPrefixIsRefusedWithItsReason() {
        assertThat(RoutingNumber.problem("011000016")).get().asString().contains("check digit");
        assertThat(RoutingNumber.problem("021000012")).get().asString().contains("check digit");
        assertThat(RoutingNumber.problem("01100001")).get().asString().contains("9 digits");
        assertThat(RoutingNumber.problem("01100001a")).get().asString().contains("9 digits");
        assertThat(RoutingNumber.problem("")).get().asString().contains("9 digits");
        // 13 is no Federal Reserve routing symbol, though 130000006 passes the check digit
        assertThat(RoutingNumber.problem("130000006")).get().asString().contains("starts with");
    }

    @Test
    void anAccountNumberIsShownAndPrintedByItsLastFourDigitsOnly() {
        BankAccountNumber account = BankAccountNumber.parse("0012-3456 789").orElseThrow();
        assertThat(account.digits()).isEqualTo("00123456789");
        assertThat(account.masked()).isEqualTo("ending in 6789");
        assertThat(account.toString()).doesNotContain("123456").contains("6789");
        assertThat(BankAccountNumber.parse("123")).isEmpty();
        assertThat(BankAccountNumber.parse("123456789012345678")).isEmpty();
    }
}
