package org.openace.identity.admin;

/** What became of an administrator's action on a user: done, or refused with a message for the administrator. */
sealed interface ActionOutcome {

    String message();

    /** The action was carried out. */
    record Done(String message) implements ActionOutcome {
    }

    /**
     * The action was refused, and nothing changed.
     *
     * @param kind    why, in broad terms (the page's HTTP status follows from it)
     * @param code    a short reason for the audit trail
     * @param message what the administrator is told
     */
    record Refused(Kind kind, String code, String message) implements ActionOutcome {

        /** Broad kinds of refusal. */
        enum Kind {
            /** The user's state, or who is acting, does not allow it. */
            CONFLICT,
            /** The administrator's input is not acceptable. */
            BAD_INPUT,
            /** A service the action needs (the mail server) is not available. */
            UNAVAILABLE
        }

        static Refused conflict(String code, String message) {
            return new Refused(Kind.CONFLICT, code, message);
        }

        static Refused badInput(String code, String message) {
            return new Refused(Kind.BAD_INPUT, code, message);
        }

        static Refused unavailable(String code, String message) {
            return new Refused(Kind.UNAVAILABLE, code, message);
        }
    }
}
