package org.openace.account.core;

import java.util.function.Supplier;

import org.openace.account.AccountId;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;

/**
 * Audit records of changes to accounts: the signed-in user is the actor; the account is named in every record.
 * Refusals of what the actor may not do (not mere input errors) are audited as denied.
 */
public final class AccountAudit {

    private AccountAudit() {
    }

    public static AuditRecord.Builder done(String action, CurrentUser actor, String objectType, Object objectId,
                                    AccountId account) {
        return AuditRecord.of(action, AuditOutcome.SUCCESS).actor(actor(actor)).object(objectType, objectId)
                .detail("account", account);
    }

    /** Runs a change; a refusal other than bad input is audited as denied, then passed on. */
    public static <T> T refusalsAudited(AuditTrail audit, String action, CurrentUser actor, String objectType,
                                 Object objectId, AccountId account, Supplier<T> change) {
        try {
            return change.get();
        }
        catch (AccountChangeRefusedException refused) {
            if (refused.kind() != AccountChangeRefusedException.Kind.BAD_INPUT
                    || !refused.code().equals("VALIDATION_FAILED")) {
                audit.record(AuditRecord.of(action, refused.kind() == AccountChangeRefusedException.Kind.UNAVAILABLE
                                ? AuditOutcome.FAILURE : AuditOutcome.DENIED)
                        .actor(actor(actor)).object(objectType, objectId).detail("account", account)
                        .detail("reason", refused.code()));
            }
            throw refused;
        }
    }

    static AuditActor actor(CurrentUser user) {
        return AuditActor.user(user.userId(), user.username());
    }
}
