package org.openace.onboarding;

import java.util.UUID;
import java.util.function.Consumer;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Saves one step of a draft (or of a returned application): the whole change or nothing, audited. */
@Component
class EditApplication {

    private final AccountApplications applications;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    EditApplication(AccountApplications applications, AuditTrail audit, TransactionTemplate transaction) {
        this.applications = applications;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Applies a change to the application and saves it.
     *
     * @throws UnknownApplicationException if there is no such application
     * @throws ApplicationStateException if it can no longer be changed
     */
    void save(UUID id, ApplicationStep step, Consumer<AccountApplication> change) {
        transaction.executeWithoutResult(status -> {
            AccountApplication application = applications.findForUpdate(id).orElseThrow(UnknownApplicationException::new);
            change.accept(application);
            applications.update(application);
            audit.record(AuditRecord.of("APPLICATION_DRAFT_SAVED", AuditOutcome.SUCCESS)
                    .object("ACCOUNT_APPLICATION", id).detail("step", step));
        });
    }
}
