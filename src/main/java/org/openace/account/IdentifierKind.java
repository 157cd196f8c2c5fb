package org.openace.account;

/** Identifiers a sub-account holds; each belongs to exactly one sub-account across all accounts. */
public enum IdentifierKind {
    IMPORTER_NUMBER("Importer number"),
    FILER_CODE("Filer code"),
    SCAC("Standard carrier alpha code (SCAC)"),
    SURETY_CODE("Surety code"),
    FIRMS_CODE("FIRMS code");

    private final String title;

    IdentifierKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
