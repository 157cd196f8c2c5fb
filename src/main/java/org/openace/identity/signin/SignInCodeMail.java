package org.openace.identity.signin;

import org.openace.identity.factor.CodePurpose;
import org.openace.identity.factor.EmailCodes;
import org.openace.identity.user.PortalUser;
import org.springframework.stereotype.Component;

/** Sends the e-mailed code of a sign-in to the user's address on record (queued; it goes out after the commit). */
@Component
public class SignInCodeMail {

    /** What happened when a code was asked for. */
    public enum Sent { SENT, LIMIT_REACHED }

    private final EmailCodes codes;

    SignInCodeMail(EmailCodes codes) {
        this.codes = codes;
    }

    public Sent sendTo(PortalUser user, String clientAddress) {
        boolean sent = codes.send(user.id(), CodePurpose.SIGN_IN, user.email(), new EmailCodes.CodeMessage(
                "Your OpenACE sign-in code",
                "A sign-in to OpenACE as user ID " + user.username() + " (from network address " + clientAddress
                        + ") is waiting for this code:"));
        return sent ? Sent.SENT : Sent.LIMIT_REACHED;
    }
}
