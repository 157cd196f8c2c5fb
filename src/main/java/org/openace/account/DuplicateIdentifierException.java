package org.openace.account;


/**
 * An identifier (or tax identifier) already belongs to a sub-account (or account). The message names the kind only,
 * never the value or the account that holds it.
 */
public class DuplicateIdentifierException extends RuntimeException {

    private final IdentifierKind kind;

    public DuplicateIdentifierException(IdentifierKind kind) {
        super("This " + (kind == null ? "tax identifier" : org.openace.platform.Sentences.inSentence(kind.title()))
                + " already belongs to an account");
        this.kind = kind;
    }

    /** The kind, or null for an account's own tax identifier. */
    public IdentifierKind kind() {
        return kind;
    }
}
