package org.openace.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import org.openace.analytics.AnalyticsReads;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** Filing summaries for report tests and waiting for the analytics store and for runs (tests only). */
public final class ReportFixtures {

    public static final Duration GENEROUS = Duration.ofSeconds(60);

    /** Something that holds or not yet. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private ReportFixtures() {
    }

    /** Files a one-line summary of {@code value} for the importer through the API; answers its number. */
    public static EntryNumber file(MockMvc mvc, Broker broker, String importer, String value) throws Exception {
        EntryNumber number = broker.nextEntryNumber();
        var answer = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(number, importer, value, mpf(value)))).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
        return number;
    }

    /** The merchandise processing fee of a value (0.3464%), for values where neither its minimum nor maximum applies. */
    public static String mpf(String value) {
        return new BigDecimal(value).multiply(new BigDecimal("0.003464")).setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Waits until the entry's tariff lines are in the node's analytics store. */
    public static void awaitInStore(AnalyticsReads reads, EntryNumber number) throws Exception {
        await("entry " + number.compact() + " in the analytics store", () -> reads.read(c -> {
            try (var s = c.prepareStatement("select count(*) from es_line_tariff where entry_number = ?")) {
                s.setString(1, number.compact());
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        }));
    }

    /** Waits until the condition holds, failing after {@link #GENEROUS} (it asserts an outcome, not a speed). */
    public static void await(String what, Condition condition) throws Exception {
        long end = System.nanoTime() + GENEROUS.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + GENEROUS.toSeconds() + " s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
