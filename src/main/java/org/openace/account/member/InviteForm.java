package org.openace.account.member;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An invitation as typed: whom, as what, and first rights (level per sub-account and function). */
record InviteForm(@Size(max = 20, message = "Choose whom you invite.") @Nullable String invitee,
                  @Size(max = 100, message = "A user ID has at most 64 characters.") @Nullable String username,
                  @Size(max = 400, message = "Keep the name to 200 characters or fewer.") @Nullable String displayName,
                  @Size(max = 400, message = "An e-mail address has at most 254 characters.") @Nullable String email,
                  @Size(max = 20, message = "Choose user or proxy owner.") @Nullable String role,
                  @Size(max = RightsInput.MAX_RIGHTS, message = "Too many rows.") @Nullable List<String> subAccount,
                  @Size(max = RightsInput.MAX_RIGHTS, message = "Too many rows.") @Nullable List<String> function,
                  @Size(max = RightsInput.MAX_RIGHTS, message = "Too many rows.") @Nullable List<String> level) {

    static InviteForm empty() {
        return new InviteForm("EXISTING", "", "", "", "USER", null, null, null);
    }

    Optional<List<RightsInput.TypedRight>> lines() {
        return RightsForm.lines(subAccount, function, level, null, null, null);
    }
}
