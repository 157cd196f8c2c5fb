package org.openace.payment.statement;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openace.audit.AuditActor;
import org.openace.payment.DailyStatementPrepared;
import org.openace.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code admin prepare-statements --date=YYYY-MM-DD}: prepares the daily statements of a working day (today or
 * earlier), printing each statement made and the totals. Exit code 0 when prepared (also when there was nothing to
 * place), 1 when refused (not a working day, in the future: nothing prepared), 2 for wrong usage.
 */
@Component
class PrepareStatementsCommand implements AdminCommand {

    static final String USAGE = "--date=<YYYY-MM-DD>  prepares the filers' daily statements of a working day (today or "
            + "earlier) from the accepted entry summaries not yet on a statement";

    private final PrepareDailyStatements prepare;

    PrepareStatementsCommand(PrepareDailyStatements prepare) {
        this.prepare = prepare;
    }

    @Override
    public String name() {
        return "prepare-statements";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public List<String> optionNames() {
        return List.of("date");
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        Optional<LocalDate> day = AdminCommand.dateOption(options, "prepare-statements", USAGE, out);
        if (day.isEmpty()) {
            return 2;
        }
        LocalDate date = day.get();
        try {
            long start = System.nanoTime();
            PrepareDailyStatements.Prepared prepared = prepare.prepare(date, new AuditActor(null, "command-line"));
            for (DailyStatementPrepared s : prepared.statements()) {
                out.println(s.statementNumber() + "  filer " + s.filerCode() + "  " + s.entries() + " entries  total "
                        + s.total().toPlainString());
            }
            out.println(String.format(Locale.ROOT, "Prepared %d statement(s) of %d entries for %s in %.1f s.",
                    prepared.statements().size(), prepared.entries(), date, (System.nanoTime() - start) / 1e9));
            return 0;
        }
        catch (StatementRefused refused) {
            out.println(refused.getMessage());
            return 1;
        }
    }
}
