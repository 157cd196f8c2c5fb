package org.openace.account.member;

import java.util.Set;

import org.openace.account.core.AccountChangeRefusedException;
import org.openace.identity.Role;
import org.openace.identity.UserSummary;

/** Account owners act on users of trade accounts only; users who also hold a government role are the administrators'. */
final class OnlyTradeRole {

    private OnlyTradeRole() {
    }

    static void require(UserSummary user) {
        if (!Set.of(Role.TRADE).containsAll(user.roles())) {
            throw AccountChangeRefusedException.conflict("OTHER_ROLES", "User " + user.username() + " also has other "
                    + "roles in the portal; a customs administrator manages their user.");
        }
    }
}
