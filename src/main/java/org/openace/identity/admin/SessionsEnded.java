package org.openace.identity.admin;

/** Tells the administrator how many of the user's sessions an action ended. */
final class SessionsEnded {

    private SessionsEnded() {
    }

    static String describe(int ended) {
        return switch (ended) {
            case 0 -> "They had no open session.";
            case 1 -> "Their open session was ended.";
            default -> "Their " + ended + " open sessions were ended.";
        };
    }
}
