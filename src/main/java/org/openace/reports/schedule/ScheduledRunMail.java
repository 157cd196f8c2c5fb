package org.openace.reports.schedule;

import java.time.Clock;

import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.reports.ReportRunFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a run a schedule asked for ends, its owner gets an e-mail with a link to the run's page (no trade data:
 * {@link ScheduleMails}). Heard after the run's end was committed, once per run, and retried from the event
 * publication registry should the node stop before the mail is queued. A run asked for by hand sends nothing.
 */
@Component
class ScheduledRunMail {

    private final UserDirectory directory;
    private final ScheduleMails mails;
    private final Clock clock;

    ScheduledRunMail(UserDirectory directory, ScheduleMails mails, Clock clock) {
        this.directory = directory;
        this.mails = mails;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReportRunFinished finished) {
        if (finished.schedule() == null || finished.owner() == null) {
            return;
        }
        directory.find(finished.owner()).filter(UserSummary::isActive).ifPresent(owner ->
                mails.runFinished(owner.email().value(), finished.run(), finished.title(), finished.status(),
                        finished.rows(), clock.instant()));
    }
}
