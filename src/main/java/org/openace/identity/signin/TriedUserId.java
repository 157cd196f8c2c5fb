package org.openace.identity.signin;

import org.openace.platform.PersonalDataRedaction;

/**
 * A user ID as typed at a failed sign-in, for the audit trail (who was tried, from where): at most
 * {@value #MAX_LENGTH} characters, without control characters. It is what someone typed into the user ID field,
 * not personal data the portal keeps; should someone type an SSN or EIN there, it is redacted like in the logs.
 */
final class TriedUserId {

    static final int MAX_LENGTH = 64;

    private TriedUserId() {
    }

    static String of(String typed) {
        StringBuilder kept = new StringBuilder();
        typed.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.SURROGATE)
                .limit(MAX_LENGTH).forEach(kept::appendCodePoint);
        return PersonalDataRedaction.redact(kept.toString().strip());
    }
}
