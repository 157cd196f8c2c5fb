package org.openace.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code admin export-analytics --format=parquet --to=DIR}: writes this node's analytics store as Parquet, partitioned
 * by month of the entry date in Hive's layout, into a new or empty folder ({@link ParquetTransfer}). Exit code 0 when
 * written, 1 when it failed, 2 for wrong usage.
 */
@Component
class ExportAnalyticsCommand implements AdminCommand {

    static final String USAGE = "--format=parquet --to=<folder>  writes the analytics store as Parquet files "
            + "partitioned by month (year=YYYY/month=M) into a new or empty folder";

    private final AnalyticsAdministration administration;

    ExportAnalyticsCommand(AnalyticsAdministration administration) {
        this.administration = administration;
    }

    @Override
    public String name() {
        return "export-analytics";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public List<String> optionNames() {
        return List.of("format", "to");
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        if (!"parquet".equals(options.get("format"))) {
            out.println("Give --format=parquet (the one format written).");
            out.println("Usage: admin export-analytics " + USAGE);
            return 2;
        }
        Path folder = folder(options.get("to"));
        if (folder == null) {
            out.println("Give --to, the folder to write into (new or empty).");
            out.println("Usage: admin export-analytics " + USAGE);
            return 2;
        }
        try {
            AnalyticsAdministration.Exported exported = administration.export(folder,
                    new AuditActor(null, "command-line"));
            if (exported.builtAfresh()) {
                out.println("The store in use is held by a running portal: exported a store built afresh from "
                        + "PostgreSQL.");
            }
            out.println(String.format(Locale.ROOT, "Exported %,d entry summaries and %,d tariff ordinals into %s.",
                    exported.written().summaries(), exported.written().ordinals(), folder.toAbsolutePath()));
            return 0;
        }
        catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 1;
        }
        catch (SQLException | IOException | RuntimeException e) {
            out.println("The analytics store was not exported: " + e.getMessage());
            return 1;
        }
    }

    static @Nullable Path folder(@Nullable String text) {
        if (text == null || text.isBlank() || text.equals("true")) {
            return null;
        }
        try {
            return Path.of(text);
        }
        catch (InvalidPathException e) {
            return null;
        }
    }
}
