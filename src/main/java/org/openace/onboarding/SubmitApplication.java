package org.openace.onboarding;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant submits the application (or submits it again after it was returned), accepting the Terms and
 * Conditions; it then waits for a customs officer. The applicant gets a confirmation by e-mail.
 */
@Component
class SubmitApplication {

    /** What became of the submission. */
    sealed interface Result {
        record Submitted(AccountApplication application, boolean again) implements Result {
        }

        record Incomplete(List<ApplicationStep> missing) implements Result {
        }

        record TermsNotAccepted() implements Result {
        }

        record OwnerUsernameTaken() implements Result {
        }

        record NotEditable(ApplicationStatus status) implements Result {
        }
    }

    private final AccountApplications applications;
    private final UserDirectory directory;
    private final ApplicationMails mails;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SubmitApplication(AccountApplications applications, UserDirectory directory, ApplicationMails mails,
                      AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.directory = directory;
        this.mails = mails;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    Result submit(UUID id, boolean termsAccepted) {
        Result result = transaction.execute(status -> {
            AccountApplication application = applications.findForUpdate(id).orElseThrow(UnknownApplicationException::new);
            if (!application.isEditable()) {
                return new Result.NotEditable(application.status());
            }
            if (!application.missingSteps().isEmpty()) {
                return new Result.Incomplete(application.missingSteps());
            }
            if (!termsAccepted) {
                return new Result.TermsNotAccepted();
            }
            if (application.owner().flatMap(o -> directory.findByUsername(o.username())).isPresent()) {
                return new Result.OwnerUsernameTaken();
            }
            ApplicationEvent event = application.submit(true, clock.instant());
            applications.update(application);
            applications.append(id, event);
            audit.record(AuditRecord.of("APPLICATION_SUBMITTED", AuditOutcome.SUCCESS).object("ACCOUNT_APPLICATION", id)
                    .detail("reference", application.reference())
                    .detail("again", event.kind() == ApplicationEvent.Kind.RESUBMITTED));
            mails.submitted(application, event.kind() == ApplicationEvent.Kind.RESUBMITTED);
            return new Result.Submitted(application, event.kind() == ApplicationEvent.Kind.RESUBMITTED);
        });
        return result;
    }
}
