package org.openace.inbox;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openace.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code admin send-digest --date=YYYY-MM-DD}: mails the daily digest of the notifications made on a day (in
 * Washington) to each user who chose it, as the scheduled job does for the day before; users already sent that day's
 * digest get nothing again. Exit code 0 when run (also when there was nothing to send), 1 for a day to come, 2 for
 * wrong usage.
 */
@Component
class SendDigestCommand implements AdminCommand {

    static final String USAGE = "--date=<YYYY-MM-DD>  mails the daily digest of the notifications made on a day (in "
            + "Washington) to the users who chose it; those already sent that day's digest get nothing again";

    private final InboxMail mail;
    private final Clock clock;

    SendDigestCommand(InboxMail mail, Clock clock) {
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "send-digest";
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
        Optional<LocalDate> day = AdminCommand.dateOption(options, "send-digest", USAGE, out);
        if (day.isEmpty()) {
            return 2;
        }
        LocalDate date = day.get();
        if (date.isAfter(LocalDate.ofInstant(clock.instant(), InboxMail.ZONE))) {
            out.println("The digest of " + date + " cannot be sent: that day has not come.");
            return 1;
        }
        InboxMail.DigestRun run = mail.digest(date);
        out.println("Sent " + run.mails() + " digest(s) of " + run.notifications() + " notification(s) for " + date
                + ".");
        return 0;
    }
}
