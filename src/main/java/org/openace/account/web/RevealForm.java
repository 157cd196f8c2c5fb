package org.openace.account.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why the owner asks to see the account's tax identifier in full. */
public record RevealForm(@Nullable String reason,
                  @Size(max = 200, message = "Keep the note to 200 characters or fewer.") @Nullable String note) {

    public static RevealForm empty() {
        return new RevealForm("", "");
    }
}
