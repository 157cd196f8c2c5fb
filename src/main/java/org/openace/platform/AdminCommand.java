package org.openace.platform;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One command of {@code java -jar openace.jar admin <name> [--option=value ...]}, contributed by the module it
 * belongs to (I3: administration without the web interface).
 */
public interface AdminCommand {

    /** The name typed after {@code admin}, e.g. {@code create-admin}. */
    String name();

    /** One line for {@code admin help}, with the options. */
    String usage();

    /**
     * Runs the command.
     *
     * @param options the {@code --name=value} options (and bare {@code --flag}s as "true")
     * @param in      standard input, for secrets that must not be typed on the command line
     * @param out     where to report
     * @return the process exit code: 0 for success, 1 for a refusal, 2 for wrong usage
     */
    int run(Map<String, String> options, BufferedReader in, PrintStream out);

    /** Options a command accepts, for checking what was typed. */
    default List<String> optionNames() {
        return List.of();
    }

    /**
     * The {@code --date} option as a day; when it is missing or not a date, empty after telling how to give it and the
     * command's usage (the command then returns 2, wrong usage).
     */
    static Optional<LocalDate> dateOption(Map<String, String> options, String command, String usage,
                                          PrintStream out) {
        try {
            return Optional.of(LocalDate.parse(options.getOrDefault("date", "").strip()));
        }
        catch (DateTimeParseException e) {
            out.println("Give --date as YYYY-MM-DD, for example 2026-03-16.");
            out.println("Usage: admin " + command + " " + usage);
            return Optional.empty();
        }
    }
}
