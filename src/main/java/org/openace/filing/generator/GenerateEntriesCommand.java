package org.openace.filing.generator;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openace.audit.AuditActor;
import org.openace.platform.AdminCommand;
import org.openace.reference.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * {@code admin generate-entries --entries=N --seed=S [--from=YYYY-MM-DD --to=YYYY-MM-DD]}: writes N synthetic entry
 * summaries, the same for the same seed, with entry dates in the window (by default the last fiscal year whose MPF
 * rates are loaded), printing a progress line every few seconds. Exit code 0 when written, 1 when refused (nothing
 * written), 2 for wrong usage (nothing written).
 */
@Component
class GenerateEntriesCommand implements AdminCommand {

    static final String USAGE = "--entries=<N> --seed=<S> [--from=<YYYY-MM-DD> --to=<YYYY-MM-DD>]  writes N synthetic "
            + "entry summaries (the same for the same seed) with COPY; entry dates in the window, by default the last "
            + "fiscal year whose MPF rates are loaded";
    static final int MAX_ENTRIES = 50_000_000;

    private final GenerateEntries generate;
    private final CatalogLoader catalogs;

    GenerateEntriesCommand(GenerateEntries generate, CatalogLoader catalogs) {
        this.generate = generate;
        this.catalogs = catalogs;
    }

    @Override
    public String name() {
        return "generate-entries";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public List<String> optionNames() {
        return List.of("entries", "seed", "from", "to");
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        Integer entries = number(options.get("entries"));
        if (entries == null || entries < 1 || entries > MAX_ENTRIES) {
            out.println("Give --entries, a whole number from 1 to " + MAX_ENTRIES + " (" + given(options, "entries") + ").");
            out.println("Usage: admin generate-entries " + USAGE);
            return 2;
        }
        Long seed = seed(options.get("seed"));
        if (seed == null) {
            out.println("Give --seed, a whole number such as 42 (" + given(options, "seed") + "): the same seed gives "
                    + "the same entries.");
            out.println("Usage: admin generate-entries " + USAGE);
            return 2;
        }
        if (options.containsKey("from") != options.containsKey("to")) {
            out.println("Give both --from and --to, or neither (the last fiscal year whose MPF rates are loaded).");
            return 2;
        }
        LocalDate from;
        LocalDate to;
        if (options.containsKey("from")) {
            try {
                from = LocalDate.parse(options.get("from"));
                to = LocalDate.parse(options.get("to"));
            } catch (DateTimeParseException e) {
                out.println("--from and --to must be dates such as 2025-10-01.");
                return 2;
            }
            if (to.isBefore(from)) {
                out.println("--to (" + to + ") is before --from (" + from + ").");
                return 2;
            }
        } else {
            List<FiscalYear> years = catalogs.yearsWithMpf();
            if (years.isEmpty()) {
                out.println("No MPF rates are loaded, so no entry summary can be generated: load the fee rates first "
                        + "(admin load-reference --kind=fee-rates).");
                return 1;
            }
            from = years.getLast().firstDay();
            to = years.getLast().lastDay();
        }
        GenerationPlan plan = new GenerationPlan(entries, seed, from, to, false,
                "generator (seed " + seed + ")", false);
        out.println("Generating " + entries + " entry summaries, seed " + seed + ", entry dates " + from + " to " + to
                + " ...");
        try {
            GenerateEntries.Progress done = generate.run(plan, new AuditActor(null, "command-line"),
                    p -> out.println(line(p)));
            out.println("Done: " + done.entries() + " entry summaries, " + done.lines() + " lines in "
                    + String.format(Locale.ROOT, "%.1f", done.elapsedNanos() / 1e9) + " s ("
                    + done.linesPerSecond() + " lines/s; generating and encoding "
                    + String.format(Locale.ROOT, "%.1f", done.generatingNanos() / 1e9) + " s on one thread, COPY and "
                    + "commit " + String.format(Locale.ROOT, "%.1f", done.writingNanos() / 1e9) + " s on another).");
            return 0;
        } catch (GenerationRefused e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    static String line(GenerateEntries.Progress p) {
        return String.format(Locale.ROOT, "%,d entries, %,d lines, %,d lines/s", p.entries(), p.lines(),
                p.linesPerSecond());
    }

    private static String given(Map<String, String> options, String name) {
        return options.containsKey(name) ? "\"" + options.get(name) + "\" is not one" : "none given";
    }

    private static Integer number(String text) {
        if (text == null || !text.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private static Long seed(String text) {
        if (text == null || !text.matches("-?[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(text);
    }
}
