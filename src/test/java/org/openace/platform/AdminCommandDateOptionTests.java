package org.openace.platform;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code --date} option of the admin commands that work on a day (send-digest, prepare-statements). */
class AdminCommandDateOptionTests {

    @Test
    void aDayIsReadAsTyped() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(AdminCommand.dateOption(Map.of("date", " 2026-12-07 "), "send-digest", "--date=<YYYY-MM-DD>",
                new PrintStream(printed, true, StandardCharsets.UTF_8))).contains(LocalDate.of(2026, 12, 7));
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMissingOrWrongDaySaysHowToGiveItAndTheCommandsUsage() {
        for (Map<String, String> options : List.of(Map.<String, String>of(), Map.of("date", "yesterday"),
                Map.of("date", "2026-02-30"))) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            assertThat(AdminCommand.dateOption(options, "prepare-statements", "--date=<YYYY-MM-DD>  prepares",
                    new PrintStream(printed, true, StandardCharsets.UTF_8))).isEmpty();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Give --date as YYYY-MM-DD",
                    "Usage: admin prepare-statements --date=<YYYY-MM-DD>  prepares");
        }
    }
}
