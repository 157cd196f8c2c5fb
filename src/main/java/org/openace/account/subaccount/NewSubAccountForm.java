package org.openace.account.subaccount;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A sub-account to add: the activity, a name, and the identifier the activity requires (if it requires one). */
record NewSubAccountForm(@Size(max = 40, message = "Choose the business activity of the sub-account.") @Nullable String activity,
                         @Size(max = 400, message = "Keep the name to 200 characters or fewer.") @Nullable String name,
                         @Size(max = 100, message = "This identifier is far too long.") @Nullable String identifier) {

    static NewSubAccountForm empty(@Nullable String activity) {
        return new NewSubAccountForm(activity == null ? "" : activity, "", "");
    }
}
