package org.openace.analytics;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An entry number's integer key gives the number back, so distinct keys count distinct entries exactly. */
class EntryKeyTests {

    @Test
    void everyEntryNumberHasItsOwnKeyWhichGivesTheNumberBack() {
        Set<Long> keys = new HashSet<>();
        for (String number : new String[] {"D3M90000015", "000", "ZZZ99999999", "D3N90000015", "D3M90000016",
                "0AB00000001", "A0000000000"}) {
            String compact = number.length() == 3 ? number + "00000000" : number;
            long key = EntryKey.of(compact);
            assertThat(EntryKey.number(key)).isEqualTo(compact);
            assertThat(keys.add(key)).as(compact).isTrue();
        }
        assertThat(EntryKey.of("ZZZ99999999")).isPositive();
    }

    @Test
    void whatIsNotACompactEntryNumberIsRefused() {
        assertThatThrownBy(() -> EntryKey.of("D3M-9000001-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryKey.of("d3m90000015")).isInstanceOf(IllegalArgumentException.class);
    }
}
