package org.openace.filing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check digits below are derived from the algorithm described in {@link EntryNumber} (letters A1-I9, J1-R9,
 * S2-Z9, then Luhn mod 10), worked by hand; they are NOT examples published by CBP, which could not be obtained.
 */
class EntryNumberTests {

    @Test
    void readsTheHyphenatedAndTheCompactFormAlike() {
        EntryNumber hyphenated = EntryNumber.parse("ABC-1234567-6");
        EntryNumber compact = EntryNumber.parse("abc12345676");
        assertThat(hyphenated).isEqualTo(compact);
        assertThat(hyphenated.filerCode()).isEqualTo("ABC");
        assertThat(hyphenated.number()).isEqualTo("1234567");
        assertThat(hyphenated.checkDigit()).isEqualTo(6);
        assertThat(compact.formatted()).isEqualTo("ABC-1234567-6");
        assertThat(compact.compact()).isEqualTo("ABC12345676");
        assertThat(compact).hasToString("ABC-1234567-6");
    }

    @Test
    void computesTheCheckDigitOverTheTenCharacters() {
        // ABC1234567 -> 1 2 3 1 2 3 4 5 6 7; doubled at positions 2,4,6,8,10: 1+4+3+2+2+6+4+1+6+5 = 34 -> 6
        assertThat(EntryNumber.of("ABC", "1234567").checkDigit()).isEqualTo(6);
        // 9999999999: 5 x 9 + 5 x (18 - 9) = 90 -> 0
        assertThat(EntryNumber.of("999", "9999999").checkDigit()).isEqualTo(0);
        // SP70000001 -> 2 7 7 0 0 0 0 0 0 1; P (7) doubled is 14 -> 5, the last 1 doubled is 2: 2+5+7+2 = 16 -> 4
        assertThat(EntryNumber.of("SP7", "0000001").checkDigit()).isEqualTo(4);
    }

    @Test
    void convertsLettersFromSOnwardsStartingAtTwo() {
        // S is 2 (not 1): S000000000 and B000000000 (B is 2) have the same check digit, J000000000 (J is 1) another
        assertThat(EntryNumber.of("S00", "0000000").checkDigit()).isEqualTo(EntryNumber.of("B00", "0000000").checkDigit());
        assertThat(EntryNumber.of("S00", "0000000").checkDigit()).isEqualTo(8);
        assertThat(EntryNumber.of("J00", "0000000").checkDigit()).isEqualTo(9);
        assertThat(EntryNumber.of("Z00", "0000000").checkDigit()).isEqualTo(EntryNumber.of("I00", "0000000").checkDigit());
    }

    @Test
    void refusesAWrongCheckDigitNamingTheRightOne() {
        assertThatThrownBy(() -> EntryNumber.parse("ABC-1234567-5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The check digit of entry number ABC-1234567 is 6, not 5");
        assertThat(EntryNumber.tryParse("ABC12345675")).isEmpty();
    }

    @Test
    void refusesTheAllZeroFilerCodeAndOtherShapes() {
        assertThatThrownBy(() -> EntryNumber.of("000", "1234567"))
                .hasMessageContaining("001 to 999");
        assertThatThrownBy(() -> EntryNumber.parse("AB-1234567-6")).hasMessageContaining("XXX-NNNNNNN-C");
        assertThatThrownBy(() -> EntryNumber.parse("ABC-123456-6")).hasMessageContaining("XXX-NNNNNNN-C");
        assertThatThrownBy(() -> EntryNumber.parse("A#C-1234567-6")).hasMessageContaining("XXX-NNNNNNN-C");
        assertThatThrownBy(() -> EntryNumber.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(EntryNumber.tryParse("ABC-12345X7-6")).isEmpty();
    }

    @Test
    void acceptsEveryPublishedFilerCodePattern() {
        for (String filer : new String[] {"001", "A00", "AA0", "AAA", "A0A", "0A0", "00A", "0AA", "Z99", "9ZZ"}) {
            EntryNumber number = EntryNumber.of(filer, "0000123");
            assertThat(EntryNumber.parse(number.formatted())).isEqualTo(number);
        }
    }

    @Test
    void leadingZerosOfTheNumberAreKept() {
        assertThat(EntryNumber.of("ABC", "0000001").formatted()).startsWith("ABC-0000001-");
    }
}
