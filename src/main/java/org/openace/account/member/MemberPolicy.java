package org.openace.account.member;

import org.openace.account.AccountRole;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.FieldProblem;
import org.openace.identity.UserId;

/**
 * Who may do what to which member of an account (A3), as pure rules that every use case on members checks:
 * <ul>
 * <li>nobody changes, removes or manages their own user here (they use their own security settings);</li>
 * <li>only the owner makes or unmakes proxy owners and hands on the ownership; the owner's role is never changed
 * otherwise, and the owner is never removed or deactivated (the account always has its owner);</li>
 * <li>proxy owners manage users, but only the owner removes or deactivates a proxy owner;</li>
 * <li>users who manage users through their rights act on (plain) users only;</li>
 * <li>owners and proxy owners have every right in the account: rights are for users.</li>
 * </ul>
 */
final class MemberPolicy {

    /** What is done to a member. */
    public enum Action {
        CHANGE_RIGHTS, CHANGE_ROLE, TRANSFER_OWNERSHIP, REMOVE, DEACTIVATE, REACTIVATE, UNLOCK, SEND_PASSWORD_LINK
    }

    private MemberPolicy() {
    }

    /**
     * @param actorRole  the actor's role in the account (USER for someone acting through their USERS rights)
     * @param targetRole the member's role
     * @throws AccountChangeRefusedException if the actor may not do this to this member
     */
    public static void check(Action action, UserId actor, AccountRole actorRole, UserId target, AccountRole targetRole) {
        if (actor.equals(target)) {
            throw AccountChangeRefusedException.forbidden("SELF_CHANGE", "You cannot change your own role, rights or "
                    + "user here. Another owner or user manager of the account can; your own password and second "
                    + "factors are under My sign-in and security.");
        }
        switch (action) {
            case CHANGE_ROLE, TRANSFER_OWNERSHIP -> {
                if (actorRole != AccountRole.OWNER) {
                    throw notOwner("Only the trade account owner can make or unmake proxy owners and hand on the "
                            + "ownership.");
                }
                if (targetRole == AccountRole.OWNER) {
                    throw AccountChangeRefusedException.conflict("OWNER_ROLE_FIXED",
                            "The owner's role cannot be changed here; the owner can hand on the ownership.");
                }
            }
            case REMOVE, DEACTIVATE -> {
                if (targetRole == AccountRole.OWNER) {
                    throw AccountChangeRefusedException.conflict("OWNER_STAYS", "The trade account owner cannot be "
                            + "removed or deactivated. The owner can first hand on the ownership to another member.");
                }
                if (targetRole == AccountRole.PROXY_OWNER && actorRole != AccountRole.OWNER) {
                    throw notOwner("Only the trade account owner can remove or deactivate a proxy owner.");
                }
                requireOwnerForOwners(actorRole, targetRole);
            }
            case CHANGE_RIGHTS -> {
                if (targetRole.isOwner()) {
                    throw AccountChangeRefusedException.conflict("OWNERS_HAVE_ALL_RIGHTS", "Owners and proxy owners "
                            + "have every right in the account; rights are given to users.");
                }
            }
            case REACTIVATE, UNLOCK, SEND_PASSWORD_LINK -> requireOwnerForOwners(actorRole, targetRole);
        }
    }

    /**
     * Whether the actor may invite someone with this role: users by anyone who manages users, proxy owners only by
     * the owner (a proxy cannot create proxies), owners never (ownership is handed on, not given by invitation).
     */
    public static void checkInvitation(AccountRole actorRole, AccountRole role) {
        if (role == AccountRole.OWNER) {
            throw AccountChangeRefusedException.field("ROLE_NOT_ALLOWED", "role",
                    "Invite as a user or a proxy owner; the owner can hand on the ownership to a member.");
        }
        if (role == AccountRole.PROXY_OWNER && actorRole != AccountRole.OWNER) {
            throw new AccountChangeRefusedException(AccountChangeRefusedException.Kind.FORBIDDEN, "NOT_OWNER",
                    "Only the trade account owner can make proxy owners.",
                    java.util.List.of(new FieldProblem("role", "Only the trade account owner can make proxy owners.")));
        }
    }

    private static void requireOwnerForOwners(AccountRole actorRole, AccountRole targetRole) {
        if (targetRole.isOwner() && !actorRole.isOwner()) {
            throw notOwner("Only the owner or a proxy owner can do this for an owner or a proxy owner.");
        }
    }

    private static AccountChangeRefusedException notOwner(String message) {
        return AccountChangeRefusedException.forbidden("NOT_OWNER", message);
    }
}
