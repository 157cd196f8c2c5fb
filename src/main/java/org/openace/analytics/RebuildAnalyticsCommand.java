package org.openace.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import org.openace.audit.AuditActor;
import org.openace.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code admin rebuild-analytics}: rebuilds this node's analytics store from PostgreSQL into a new file and swaps it
 * in; a portal running on the same data folder switches to it at its next poll. Exit code 0 when rebuilt, 1 when it
 * failed (the store in use is left as it was).
 */
@Component
class RebuildAnalyticsCommand implements AdminCommand {

    static final String USAGE = "(no options) rebuilds this node's analytics store from PostgreSQL into a new file "
            + "and swaps it in";

    private final AnalyticsAdministration administration;

    RebuildAnalyticsCommand(AnalyticsAdministration administration) {
        this.administration = administration;
    }

    @Override
    public String name() {
        return "rebuild-analytics";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        out.println("Rebuilding the analytics store from PostgreSQL ...");
        try {
            AnalyticsAdministration.Rebuilt rebuilt = administration.rebuild(new AuditActor(null, "command-line"));
            out.println(String.format(Locale.ROOT, "Rebuilt: %,d entry summaries, %,d tariff ordinals in %.1f s "
                            + "(%,d rows/s; reading PostgreSQL %.1f s, writing DuckDB %.1f s) into %s, now in use.",
                    rebuilt.built().entries(), rebuilt.built().ordinals(), rebuilt.nanos() / 1e9,
                    rebuilt.ordinalsPerSecond(), rebuilt.built().readingNanos() / 1e9,
                    rebuilt.built().applyingNanos() / 1e9, rebuilt.built().file()));
            return 0;
        }
        catch (SQLException | IOException | RuntimeException e) {
            out.println("The analytics store was not rebuilt (the store in use is unchanged): " + e.getMessage());
            return 1;
        }
    }
}
