package org.openace.reports.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;
import org.springframework.stereotype.Component;

/**
 * The e-mails of schedules to their owners: a scheduled run finished (or failed, or was cancelled), and a schedule
 * stopped. They say which report, its status and its row count, with a link to the run's page, which asks for
 * sign-in: never a row, an entry number, an importer number or an amount, and for a failed run no internal detail.
 */
@Component
class ScheduleMails {

    static final String RUN_FINISHED = "REPORT_SCHEDULED_RUN";
    static final String STOPPED = "REPORT_SCHEDULE_STOPPED";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm 'UTC'",
            java.util.Locale.US).withZone(ZoneOffset.UTC);

    private final Mailer mailer;
    private final PortalLinks portal;

    ScheduleMails(Mailer mailer, PortalLinks portal) {
        this.mailer = mailer;
        this.portal = portal;
    }

    void runFinished(String to, UUID run, String title, String status, @Nullable Long rows, Instant at) {
        String link = portal.link("/reports/runs/" + run);
        String subject;
        String outcome;
        switch (status) {
            case "SUCCEEDED" -> {
                subject = "Your scheduled report is ready: " + title;
                outcome = "finished on " + WHEN.format(at) + " with " + rowsInWords(rows) + ".";
            }
            case "FAILED" -> {
                subject = "Your scheduled report failed: " + title;
                outcome = "failed on " + WHEN.format(at) + ". It will be run again when it is next due; you can "
                        + "also ask for it again from its page.";
            }
            default -> {
                subject = "Your scheduled report was cancelled: " + title;
                outcome = "was cancelled on " + WHEN.format(at) + ".";
            }
        }
        mailer.send(new OutgoingMail(RUN_FINISHED, to, subject, """
                The scheduled run of the report %s %s

                Sign in to OpenACE to see it%s:

                    %s

                The report's rows are shown only to you, once signed in; this message holds none of them.
                Your schedules (pause, resume or delete them):

                    %s
                """.formatted(title, outcome, status.equals("SUCCEEDED") ? " and download its rows" : "", link,
                portal.link("/reports/schedules"))));
    }

    void stopped(String to, String title, String timing, String reason) {
        mailer.send(new OutgoingMail(STOPPED, to, "Your report schedule was stopped: " + title, """
                Your schedule of the report %s (%s) was stopped, and no more runs will be made for it:

                    %s

                Once you may run the report again, make a new schedule from the report's page. Your schedules:

                    %s
                """.formatted(title, Character.toLowerCase(timing.charAt(0)) + timing.substring(1), reason,
                portal.link("/reports/schedules"))));
    }

    private static String rowsInWords(@Nullable Long rows) {
        if (rows == null) {
            return "no row count";
        }
        return rows == 1 ? "1 row" : String.format(java.util.Locale.US, "%,d rows", rows);
    }
}
