package org.openace.onboarding;

import java.time.Clock;
import java.util.UUID;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customs officer returns a submitted application to the applicant with reasons. The applicant gets the reasons and
 * a new private link by e-mail; without the mail nothing changes (the applicant could not act on it).
 */
@Component
class ReturnApplication {

    /** What became of the return. */
    sealed interface Result {
        record Returned(AccountApplication application) implements Result {
        }

        record NotSubmitted(ApplicationStatus status) implements Result {
        }
    }

    private final AccountApplications applications;
    private final ResumeLinks links;
    private final ApplicationMails mails;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReturnApplication(AccountApplications applications, ResumeLinks links, ApplicationMails mails, AuditTrail audit,
                      TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.links = links;
        this.mails = mails;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @throws UnknownApplicationException if there is no such application
     * @throws IllegalArgumentException if the reasons are not 10 to 2,000 characters of text
     */
    Result returnToApplicant(UUID id, Reviewer reviewer, String reasons) {
        return transaction.execute(status -> {
                AccountApplication application = applications.findForUpdate(id)
                        .orElseThrow(UnknownApplicationException::new);
                if (application.status() != ApplicationStatus.SUBMITTED) {
                    return new Result.NotSubmitted(application.status());
                }
                ApplicationEvent event = application.returnToApplicant(reviewer, reasons, clock.instant());
                applications.update(application);
                applications.append(id, event);
                audit.record(AuditRecord.of("APPLICATION_RETURNED", AuditOutcome.SUCCESS)
                        .object("ACCOUNT_APPLICATION", id).detail("reference", application.reference())
                        .detail("reasonLength", event.reason() == null ? 0 : event.reason().length()));
                mails.returned(application, application.returnReason().orElseThrow(), links.issue(id));
                return new Result.Returned(application);
            });
    }
}
