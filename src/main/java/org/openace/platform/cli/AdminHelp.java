package org.openace.platform.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/**
 * What {@code admin help} prints: every command with its options, as each command describes itself
 * ({@code AdminCommand#usage()}; a test holds the two together). Printed without starting the application, so that
 * asking for help starts no database, creates no data folder and no key file.
 */
public final class AdminHelp {

    /** The commands in the order help lists them, each with its usage line. */
    public static final SequencedMap<String, String> COMMANDS;

    static {
        SequencedMap<String, String> commands = new LinkedHashMap<>();
        commands.put("create-admin", "--username=<user ID> --name=<full name> --email=<address> [--password-stdin]");
        commands.put("verify-audit",
                "(no options) checks the audit trail's hash chain and its anchored head; exit code 0 if intact, 1 if broken");
        commands.put("field-keys", "(no options) lists the field-encryption keys and how many values each one seals");
        commands.put("add-field-key",
                "(no options) adds a new field-encryption key to the key file, not yet active (rotation step 1 of 3)");
        commands.put("activate-field-key",
                "--id=<key id>  seals new values with this key from the next restart (rotation step 2 of 3)");
        commands.put("reencrypt-fields",
                "(no options) re-seals every encrypted value with the active field key (rotation step 3 of 3)");
        commands.put("load-reference", "--kind=<hts|ports|countries|entry-types|fee-rates|adcvd-cases|holidays|importers> "
                + "--file=<path> [--edition=<name>] [--effective=<YYYY-MM-DD>]  loads a reference file as published; "
                + "the same file again changes nothing");
        commands.put("generate-entries", "--entries=<N> --seed=<S> [--from=<YYYY-MM-DD> --to=<YYYY-MM-DD>]  writes N "
                + "synthetic entry summaries (the same for the same seed) with COPY; entry dates in the window, by "
                + "default the last fiscal year whose MPF rates are loaded");
        commands.put("rebuild-analytics", "(no options) rebuilds this node's analytics store from PostgreSQL into a "
                + "new file and swaps it in");
        commands.put("export-analytics", "--format=parquet --to=<folder>  writes the analytics store as Parquet files "
                + "partitioned by month (year=YYYY/month=M) into a new or empty folder");
        commands.put("import-analytics", "--from=<folder>  seeds this node's analytics store from a Parquet export of "
                + "the same database; the feed goes on from the export's position");
        commands.put("prepare-statements", "--date=<YYYY-MM-DD>  prepares the filers' daily statements of a working "
                + "day (today or earlier) from the accepted entry summaries not yet on a statement");
        commands.put("officer-ports", "--user=<user ID> --ports=<port codes, e.g. 2704,2709> [--team=<name>]  sets "
                + "the Schedule D ports a customs officer works (replacing them; empty for none) and their team (kept "
                + "when not given, removed when empty)");
        commands.put("send-digest", "--date=<YYYY-MM-DD>  mails the daily digest of the notifications made on a day "
                + "(in Washington) to the users who chose it; those already sent that day's digest get nothing again");
        COMMANDS = java.util.Collections.unmodifiableSequencedMap(commands);
    }

    private AdminHelp() {
    }

    public static boolean knows(String command) {
        return COMMANDS.containsKey(command);
    }

    public static void print(PrintStream out) {
        out.println("Usage: java -jar openace.jar admin <command> [--option=value ...]");
        COMMANDS.forEach((name, usage) -> out.println("  " + name + "  " + usage));
        out.println("Beside a portal running on the same data folder, a command uses the portal's database.");
    }

    static Map<String, String> commands() {
        return COMMANDS;
    }
}
