package org.openace.account.subaccount;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An identifier to add to a sub-account: its kind and value. */
record IdentifierForm(@Size(max = 40, message = "Choose the kind of identifier.") @Nullable String kind,
                      @Size(max = 100, message = "This identifier is far too long.") @Nullable String value) {

    static IdentifierForm empty() {
        return new IdentifierForm("", "");
    }
}
