package org.openace.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts an application once the applicant acknowledged the Privacy Act statement: a draft with a reference, and an
 * e-mail with the reference and a private link to resume it. The draft and the mail go together: if the mail cannot
 * be sent, no draft is kept (the applicant could not come back to it).
 */
@Component
class StartApplication {

    private final AccountApplications applications;
    private final ResumeLinks links;
    private final ApplicationMails mails;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StartApplication(AccountApplications applications, ResumeLinks links, ApplicationMails mails, AuditTrail audit,
                     TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.links = links;
        this.mails = mails;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException if the Privacy Act statement was not acknowledged
     */
    AccountApplication start(Applicant applicant, boolean privacyActAcknowledged) {
        return transaction.execute(status -> {
                Instant now = clock.instant();
                AccountApplication application = AccountApplication.start(UUID.randomUUID(),
                        applications.nextReference(now), applicant, privacyActAcknowledged, now);
                applications.insert(application);
                applications.append(application.id(), application.startedEvent());
                audit.record(AuditRecord.of("APPLICATION_STARTED", AuditOutcome.SUCCESS)
                        .object("ACCOUNT_APPLICATION", application.id())
                        .detail("reference", application.reference()));
                mails.started(application, links.issue(application.id()));
                return application;
            });
    }
}
