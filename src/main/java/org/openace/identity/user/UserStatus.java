package org.openace.identity.user;

/** Whether a user may sign in. */
public enum UserStatus {
    /** May sign in (unless temporarily locked after failed attempts). */
    ACTIVE,
    /** Disabled because the user did not sign in for the inactivity limit (45 days); an administrator or account owner reactivates. */
    DISABLED,
    /** Deactivated by an administrator or account owner; reactivation restores it. */
    DEACTIVATED
}
