package org.openace.identity.session;

/** Why a session ended; the signed-out page explains each. */
public enum SessionEnd {
    /** The user signed out. */
    SIGNED_OUT,
    /** No activity for the idle limit. */
    IDLE,
    /** The absolute limit since sign-in was reached. */
    ABSOLUTE,
    /** The session was no longer known (ended on another tab or node, or by an administrator). */
    EXPIRED;

    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
