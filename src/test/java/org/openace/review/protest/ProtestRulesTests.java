package org.openace.review.protest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.account.PortCode;

import static org.assertj.core.api.Assertions.assertThat;

/** A protest's dates: accelerated disposition from 90 days after filing, deemed denied 30 days after a request. */
class ProtestRulesTests {

    static final LocalDate FILED = LocalDate.of(2026, 3, 2);

    @Test
    void acceleratedDispositionRunsThirtyDaysFromTheRequest() {
        Protest filed = protest(null, null, false);
        assertThat(filed.acceleratedFrom()).isEqualTo(FILED.plusDays(90));
        assertThat(filed.acceleratedRequested()).isFalse();
        assertThat(filed.deemedDenied(FILED.plusDays(400))).isFalse();
        Protest requested = protest(LocalDate.of(2026, 6, 1), null, false);
        assertThat(requested.acceleratedDecisionBy()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(requested.deemedDenied(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(requested.deemedDenied(LocalDate.of(2026, 7, 2))).isTrue();
        assertThat(requested.statusTitle(LocalDate.of(2026, 7, 2))).startsWith("Deemed denied");
        Protest withdrawn = protest(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10), false);
        assertThat(withdrawn.deemedDenied(LocalDate.of(2026, 8, 1))).isFalse();
        assertThat(protest(LocalDate.of(2026, 6, 1), null, true).deemedDenied(LocalDate.of(2026, 8, 1))).isFalse();
    }

    @Test
    void theInputIsCheckedFieldByField() {
        String entry = org.openace.filing.EntryNumber.of("ABC", "1234567").formatted();
        assertThat(new ProtestInput(entry, "VALUE", "c", "a").errors()).isEmpty();
        assertThat(new ProtestInput("", "nothing", " ", "").errors()).containsOnlyKeys("entries", "category",
                "claims", "arguments");
        assertThat(new ProtestInput(entry + " x1", "VALUE", "c", "a").errors()).containsOnlyKeys("entries");
        assertThat(new ProtestInput(entry + ",\n" + entry, "value", "c", "a").checked().entries())
                .hasSize(1);
    }

    private static Protest protest(LocalDate accelerated, LocalDate withdrawn, boolean decided) {
        return new Protest("0101-26-000001", new PortCode("0101"), "12-34*****", ProtestCategory.VALUE, "c", "a",
                decided, "owner", Instant.parse("2026-03-02T15:00:00Z"), FILED, accelerated, withdrawn,
                decided ? ProtestDecision.DENIED : null, decided ? "r" : null, null, null, List.of());
    }
}
