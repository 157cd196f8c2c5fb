package org.openace.identity.admin;

import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.openace.identity.factor.AuthenticatorApps;
import org.openace.identity.factor.Passkeys;
import org.openace.identity.factor.RecoveryCodes;
import org.openace.identity.session.SessionTerminator;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.SecondFactorKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For a user who lost their devices: removes their authenticator app, passkeys and recovery codes, so that they
 * sign in with codes e-mailed to their address, and ends their sessions (which a lost device may still hold).
 */
@Component
class ResetSecondFactors {

    static final String ACTION = "SECOND_FACTORS_RESET";

    private final PortalUsers users;
    private final AuthenticatorApps authenticatorApps;
    private final Passkeys passkeys;
    private final RecoveryCodes recoveryCodes;
    private final SessionTerminator sessions;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ResetSecondFactors(PortalUsers users, AuthenticatorApps authenticatorApps, Passkeys passkeys,
                       RecoveryCodes recoveryCodes, SessionTerminator sessions, AuditTrail audit,
                       TransactionTemplate transaction) {
        this.users = users;
        this.authenticatorApps = authenticatorApps;
        this.passkeys = passkeys;
        this.recoveryCodes = recoveryCodes;
        this.sessions = sessions;
        this.audit = audit;
        this.transaction = transaction;
    }

    ActionOutcome reset(CurrentUser admin, UserId id) {
        PortalUser target = users.findById(id).orElseThrow(UnknownUserException::new);
        transaction.executeWithoutResult(status -> {
            PortalUser user = users.findByIdForUpdate(id).orElseThrow(UnknownUserException::new);
            boolean hadApp = user.hasTotp();
            int recoveryCodesLeft = recoveryCodes.remaining(id);
            authenticatorApps.remove(id);
            int passkeysRemoved = passkeys.removeAll(user.username());
            recoveryCodes.revokeAll(id);
            PortalUser changed = users.findByIdForUpdate(id).orElseThrow(UnknownUserException::new);
            if (changed.preferredFactor() != SecondFactorKind.EMAIL_CODE) {
                changed.preferFactor(SecondFactorKind.EMAIL_CODE);
                users.update(changed);
            }
            audit.record(AdminAudit.done(ACTION, admin, id).detail("authenticatorApp", hadApp)
                    .detail("passkeys", passkeysRemoved).detail("recoveryCodes", recoveryCodesLeft));
        });
        int ended = sessions.endAllSessionsOf(target.username());
        return new ActionOutcome.Done("The authenticator app, passkeys and recovery codes of user "
                + target.username() + " were removed. They will sign in with codes e-mailed to "
                + target.email().value() + ". " + SessionsEnded.describe(ended));
    }
}
