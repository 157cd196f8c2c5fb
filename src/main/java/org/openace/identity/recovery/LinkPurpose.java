package org.openace.identity.recovery;

/** What an e-mailed password link is for. */
public enum LinkPurpose {
    /** "Forgot your password?": replaces a password; the second factor is still asked. */
    RESET,
    /** A new user sets their first password. */
    FIRST_PASSWORD
}
