package org.openace.reference.load;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openace.audit.AuditActor;
import org.openace.platform.AdminCommand;
import org.openace.reference.ReferenceKind;
import org.springframework.stereotype.Component;

/**
 * {@code admin load-reference --kind=KIND --file=PATH [--edition=NAME] [--effective=YYYY-MM-DD]}: loads a reference
 * file in its published format. Exit code 0 when loaded or already loaded (nothing changed), 1 when the file is
 * refused (nothing changed), 2 for wrong usage.
 */
@Component
class LoadReferenceCommand implements AdminCommand {

    static final String USAGE = "--kind=<hts|ports|countries|entry-types|fee-rates|adcvd-cases|holidays|importers> "
            + "--file=<path> [--edition=<name>] [--effective=<YYYY-MM-DD>]  loads a reference file as published; "
            + "the same file again changes nothing";

    private final ReferenceLoading loading;

    LoadReferenceCommand(ReferenceLoading loading) {
        this.loading = loading;
    }

    @Override
    public String name() {
        return "load-reference";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public List<String> optionNames() {
        return List.of("kind", "file", "edition", "effective");
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        Optional<ReferenceKind> kind = ReferenceKind.fromOption(options.getOrDefault("kind", ""));
        if (kind.isEmpty()) {
            out.println("Give --kind, one of " + Arrays.stream(ReferenceKind.values()).map(ReferenceKind::option)
                    .collect(Collectors.joining(", ")) + ".");
            out.println("Usage: admin load-reference " + USAGE);
            return 2;
        }
        String fileOption = options.getOrDefault("file", "");
        Path file = Path.of(fileOption);
        if (fileOption.isBlank() || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            out.println("Give --file, a readable file (" + (fileOption.isBlank() ? "none given" : fileOption + " is not one") + ").");
            return 2;
        }
        LocalDate effective = null;
        if (options.containsKey("effective")) {
            try {
                effective = LocalDate.parse(options.get("effective"));
            }
            catch (DateTimeParseException e) {
                out.println("--effective must be a date such as 2026-01-01.");
                return 2;
            }
        }
        String edition = options.get("edition");
        String by = "command line (" + System.getProperty("user.name", "unknown") + ")";
        ReferenceLoading.Outcome outcome = loading.load(kind.get(), ReferenceSource.of(file), edition, effective, by,
                new AuditActor(null, "command-line"));
        out.println(outcome.message());
        return outcome.status() == ReferenceLoading.Status.REFUSED ? 1 : 0;
    }
}
