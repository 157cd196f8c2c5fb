package org.openace.identity.signin;

/** What the sign-in page tells after an attempt. */
public enum SignInPageOutcome {
    REFUSED("The user ID or password is not right, or the user is locked. After {attempts} failed attempts a "
            + "user is locked for {minutes} minutes; use \"Forgot your password?\" or ask your account owner to unlock it."),
    THROTTLED("Too many failed sign-in attempts came from your network. Wait a few minutes before you try again."),
    DISABLED("This user has been disabled because it was not used for {inactivityDays} days. Ask your account owner or the "
            + "support center to reactivate it."),
    DEACTIVATED("This user has been deactivated. Ask your account owner or the support center."),
    NOTICE_NOT_ACKNOWLEDGED("Read the system use notification and tick the box to acknowledge it before you sign in."),
    SECOND_FACTOR_LOCKED("Too many wrong codes. The user is locked for {minutes} minutes; use \"Forgot your password?\" "
            + "or ask your account owner to unlock it.");

    private final String message;

    SignInPageOutcome(String message) {
        this.message = message;
    }

    /** The message with the configured figures filled in. */
    public String message(int attempts, long lockMinutes, long inactivityDays) {
        return message.replace("{attempts}", String.valueOf(attempts))
                .replace("{minutes}", String.valueOf(lockMinutes))
                .replace("{inactivityDays}", String.valueOf(inactivityDays));
    }
}
