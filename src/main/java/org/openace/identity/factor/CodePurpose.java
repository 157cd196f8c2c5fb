package org.openace.identity.factor;

/** What an e-mailed one-time code proves. */
public enum CodePurpose {
    /** The second factor of a sign-in. */
    SIGN_IN,
    /** Control of a new e-mail address (or of the address on record, when it is first verified). */
    EMAIL_CHANGE,
    /** The second factor of a password reset. */
    PASSWORD_RESET
}
