package org.openace.identity.admin;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;

/** Audit records of administrators' actions on users: the administrator is the actor, the user the object. */
final class AdminAudit {

    private AdminAudit() {
    }

    static AuditRecord.Builder done(String action, CurrentUser admin, UserId user) {
        return AuditRecord.of(action, AuditOutcome.SUCCESS).actor(actor(admin)).object("USER", user);
    }

    static AuditRecord.Builder refused(String action, CurrentUser admin, UserId user, ActionOutcome.Refused refusal) {
        return AuditRecord.of(action, refusal.kind() == ActionOutcome.Refused.Kind.UNAVAILABLE
                        ? AuditOutcome.FAILURE : AuditOutcome.DENIED)
                .actor(actor(admin)).object("USER", user).detail("reason", refusal.code());
    }

    /** Audits a refusal and returns it. */
    static ActionOutcome.Refused refuse(AuditTrail audit, String action, CurrentUser admin, UserId user,
                                        ActionOutcome.Refused refusal) {
        audit.record(refused(action, admin, user, refusal));
        return refusal;
    }

    private static AuditActor actor(CurrentUser admin) {
        return AuditActor.user(admin.userId(), admin.username());
    }
}
