package org.openace.account.core;

import java.util.List;

/**
 * A change to an account that is not allowed, or whose input is not acceptable; nothing was changed. Pages show the
 * message (and the field problems next to their fields); the API answers with a problem document carrying the code.
 */
public class AccountChangeRefusedException extends RuntimeException {

    /** Why, in broad terms: the HTTP status follows from it. */
    public enum Kind {
        /** The input is not acceptable (400). */
        BAD_INPUT(400),
        /** Who is acting may not do this (403). */
        FORBIDDEN(403),
        /** The state of the account or user does not allow it (409). */
        CONFLICT(409),
        /** A service the change needs (the mail server) is not available (503). */
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final List<FieldProblem> fields;

    public AccountChangeRefusedException(Kind kind, String code, String message, List<FieldProblem> fields) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    public AccountChangeRefusedException(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    /** Input problems, each about a field. */
    public static AccountChangeRefusedException invalid(List<FieldProblem> fields) {
        return new AccountChangeRefusedException(Kind.BAD_INPUT, "VALIDATION_FAILED", "Check the form.", fields);
    }

    /** One input problem about one field (with its own code, such as {@code DUPLICATE_IDENTIFIER}). */
    public static AccountChangeRefusedException field(String code, String field, String message) {
        return new AccountChangeRefusedException(Kind.BAD_INPUT, code, message, List.of(new FieldProblem(field, message)));
    }

    public static AccountChangeRefusedException forbidden(String code, String message) {
        return new AccountChangeRefusedException(Kind.FORBIDDEN, code, message);
    }

    public static AccountChangeRefusedException conflict(String code, String message) {
        return new AccountChangeRefusedException(Kind.CONFLICT, code, message);
    }

    public Kind kind() {
        return kind;
    }

    /** A stable code for API clients and the audit trail, such as {@code RIGHTS_BEYOND_YOURS}. */
    public String code() {
        return code;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
