package org.openace.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openace.audit.AuditActor;
import org.openace.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code admin import-analytics --from=DIR}: seeds this node's analytics store from a folder written by
 * {@code export-analytics} of the same database; the feed then follows from the export's position. Exit code 0 when
 * seeded, 1 when refused or failed (the store in use is left as it was), 2 for wrong usage.
 */
@Component
class ImportAnalyticsCommand implements AdminCommand {

    static final String USAGE = "--from=<folder>  seeds this node's analytics store from a Parquet export of the same "
            + "database; the feed goes on from the export's position";

    private final AnalyticsAdministration administration;

    ImportAnalyticsCommand(AnalyticsAdministration administration) {
        this.administration = administration;
    }

    @Override
    public String name() {
        return "import-analytics";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public List<String> optionNames() {
        return List.of("from");
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        Path folder = ExportAnalyticsCommand.folder(options.get("from"));
        if (folder == null) {
            out.println("Give --from, the folder an export wrote.");
            out.println("Usage: admin import-analytics " + USAGE);
            return 2;
        }
        try {
            ParquetTransfer.Transferred read = administration.importFrom(folder, new AuditActor(null, "command-line"));
            out.println(String.format(Locale.ROOT, "Seeded the analytics store with %,d entry summaries and %,d tariff "
                    + "ordinals from %s; the feed goes on from there.", read.summaries(), read.ordinals(),
                    folder.toAbsolutePath()));
            return 0;
        }
        catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 1;
        }
        catch (SQLException | IOException | RuntimeException e) {
            out.println("The analytics store was not seeded: " + e.getMessage());
            return 1;
        }
    }
}
