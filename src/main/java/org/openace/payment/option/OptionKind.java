package org.openace.payment.option;

import java.util.Arrays;
import java.util.Optional;

/** The payment options an importer number may have, by the name they have in addresses. */
enum OptionKind {
    ACH_DEBIT("ach-debit", "ACH debit"),
    ACH_CREDIT("ach-credit", "ACH credit"),
    PMS("pms", "Periodic Monthly Statement");

    private final String path;
    private final String title;

    OptionKind(String path, String title) {
        this.path = path;
        this.title = title;
    }

    static Optional<OptionKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }
}
