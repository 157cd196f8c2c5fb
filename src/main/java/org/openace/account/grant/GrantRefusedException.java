package org.openace.account.grant;

/** A grant action that is not allowed now, with a stable code and a message for the person. */
class GrantRefusedException extends RuntimeException {

    private final String code;

    public GrantRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
