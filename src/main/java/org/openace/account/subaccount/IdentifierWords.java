package org.openace.account.subaccount;

import org.openace.account.IdentifierKind;

/** How identifier kinds read inside a sentence. */
final class IdentifierWords {

    private IdentifierWords() {
    }

    static String of(IdentifierKind kind) {
        return switch (kind) {
            case IMPORTER_NUMBER -> "importer number";
            case FILER_CODE -> "filer code";
            case SCAC -> "SCAC";
            case SURETY_CODE -> "surety code";
            case FIRMS_CODE -> "FIRMS code";
        };
    }

    static String article(IdentifierKind kind) {
        return kind == IdentifierKind.IMPORTER_NUMBER ? "an" : "a";
    }
}
