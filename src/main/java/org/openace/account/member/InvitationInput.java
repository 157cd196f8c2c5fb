package org.openace.account.member;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountRole;
import org.openace.account.core.Problems;
import org.openace.account.core.RightSpec;
import org.openace.account.subaccount.SubAccountInput;
import org.openace.identity.EmailAddress;
import org.openace.identity.Username;

/**
 * Reads an invitation as typed: whom ({@code EXISTING} user by user ID, or a {@code NEW} person with name and e-mail
 * address), the role, and the first rights (already read by {@link RightsInput}).
 */
final class InvitationInput {

    static final int MAX_NAME = 200;

    private InvitationInput() {
    }

    /** @throws AccountChangeRefusedException with the field problems */
    public static InviteUser.Invitation parse(@Nullable String invitee, @Nullable String username,
                                              @Nullable String displayName, @Nullable String email,
                                              @Nullable String role, List<RightSpec> rights) {
        Problems problems = new Problems();
        boolean existing = "EXISTING".equals(invitee);
        if (!existing && !"NEW".equals(invitee)) {
            problems.add("invitee", "Choose whether you invite someone who has a user already, or a new person.");
        }
        Optional<Username> parsedUsername = Username.parse(username);
        if (username == null || username.isBlank()) {
            problems.add("username", "Enter a user ID.");
        }
        else if (parsedUsername.isEmpty()) {
            problems.add("username", "A user ID has 3 to 64 letters, digits, dots, hyphens or underscores, and starts "
                    + "with a letter or digit.");
        }
        String name = displayName == null ? "" : displayName.strip();
        Optional<EmailAddress> parsedEmail = EmailAddress.parse(email);
        if (!existing) {
            if (name.isEmpty()) {
                problems.add("displayName", "Enter the person's full name.");
            }
            else if (name.length() > MAX_NAME) {
                problems.add("displayName", "Keep the name to " + MAX_NAME + " characters or fewer.");
            }
            else if (name.chars().anyMatch(Character::isISOControl)) {
                problems.add("displayName", "The name cannot hold control characters.");
            }
            if (email == null || email.isBlank()) {
                problems.add("email", "Enter the person's e-mail address.");
            }
            else if (parsedEmail.isEmpty()) {
                problems.add("email", "Enter an e-mail address in the form name@example.com.");
            }
        }
        Optional<AccountRole> parsedRole = SubAccountInput.parseEnum(AccountRole.class, role)
                .filter(r -> r != AccountRole.OWNER);
        if (parsedRole.isEmpty()) {
            problems.add("role", "Choose user or proxy owner.");
        }
        problems.throwIfAny();
        InviteUser.Invitee who = existing ? new InviteUser.Invitee.Existing(parsedUsername.orElseThrow())
                : new InviteUser.Invitee.NewPerson(parsedUsername.orElseThrow(), name, parsedEmail.orElseThrow());
        return new InviteUser.Invitation(who, parsedRole.orElseThrow(), rights);
    }
}
