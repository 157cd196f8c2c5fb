package org.openace.account.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openace.account.AccountRole;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.FieldProblem;
import org.openace.identity.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openace.account.AccountRole.OWNER;
import static org.openace.account.AccountRole.PROXY_OWNER;
import static org.openace.account.AccountRole.USER;
import static org.openace.account.member.MemberPolicy.Action.CHANGE_RIGHTS;
import static org.openace.account.member.MemberPolicy.Action.CHANGE_ROLE;
import static org.openace.account.member.MemberPolicy.Action.DEACTIVATE;
import static org.openace.account.member.MemberPolicy.Action.REMOVE;
import static org.openace.account.member.MemberPolicy.Action.SEND_PASSWORD_LINK;
import static org.openace.account.member.MemberPolicy.Action.TRANSFER_OWNERSHIP;
import static org.openace.account.member.MemberPolicy.Action.UNLOCK;

/** A3: who may do what to which member. */
class MemberPolicyTests {

    private final UserId actor = UserId.random();
    private final UserId other = UserId.random();

    private String refusal(MemberPolicy.Action action, AccountRole actorRole, UserId target, AccountRole targetRole) {
        AccountChangeRefusedException refused = catchThrowableOfType(AccountChangeRefusedException.class,
                () -> MemberPolicy.check(action, actor, actorRole, target, targetRole));
        return refused == null ? "allowed" : refused.code();
    }

    @ParameterizedTest
    @EnumSource(MemberPolicy.Action.class)
    void nobodyChangesTheirOwnRoleRightsOrUser(MemberPolicy.Action action) {
        for (AccountRole role : AccountRole.values()) {
            assertThat(refusal(action, role, actor, role)).as(role.name()).isEqualTo("SELF_CHANGE");
        }
    }

    @Test
    void onlyTheOwnerMakesOrUnmakesProxyOwners() {
        assertThat(refusal(CHANGE_ROLE, OWNER, other, USER)).isEqualTo("allowed");
        assertThat(refusal(CHANGE_ROLE, OWNER, other, PROXY_OWNER)).isEqualTo("allowed");
        assertThat(refusal(CHANGE_ROLE, PROXY_OWNER, other, USER)).as("a proxy cannot create proxies")
                .isEqualTo("NOT_OWNER");
        assertThat(refusal(CHANGE_ROLE, USER, other, USER)).isEqualTo("NOT_OWNER");
    }

    @Test
    void aProxyCannotInviteAProxyAndNobodyInvitesAnOwner() {
        assertThatCode(() -> MemberPolicy.checkInvitation(OWNER, PROXY_OWNER)).doesNotThrowAnyException();
        assertThatCode(() -> MemberPolicy.checkInvitation(PROXY_OWNER, USER)).doesNotThrowAnyException();
        assertThatCode(() -> MemberPolicy.checkInvitation(USER, USER)).doesNotThrowAnyException();
        AccountChangeRefusedException proxy = catchThrowableOfType(AccountChangeRefusedException.class,
                () -> MemberPolicy.checkInvitation(PROXY_OWNER, PROXY_OWNER));
        assertThat(proxy.code()).isEqualTo("NOT_OWNER");
        assertThat(proxy.kind()).isEqualTo(AccountChangeRefusedException.Kind.FORBIDDEN);
        assertThat(proxy.fields()).extracting(FieldProblem::field).containsExactly("role");
        AccountChangeRefusedException owner = catchThrowableOfType(AccountChangeRefusedException.class,
                () -> MemberPolicy.checkInvitation(OWNER, OWNER));
        assertThat(owner.code()).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void theOwnerStaysTheOwnerUntilTheyHandOnTheOwnership() {
        for (AccountRole role : AccountRole.values()) {
            assertThat(refusal(REMOVE, role, other, OWNER)).as("removed by " + role).isEqualTo("OWNER_STAYS");
            assertThat(refusal(DEACTIVATE, role, other, OWNER)).as("deactivated by " + role).isEqualTo("OWNER_STAYS");
        }
        assertThat(refusal(CHANGE_ROLE, OWNER, other, OWNER)).isEqualTo("OWNER_ROLE_FIXED");
        assertThat(refusal(TRANSFER_OWNERSHIP, OWNER, other, PROXY_OWNER)).isEqualTo("allowed");
        assertThat(refusal(TRANSFER_OWNERSHIP, OWNER, other, USER)).isEqualTo("allowed");
        assertThat(refusal(TRANSFER_OWNERSHIP, PROXY_OWNER, other, USER)).isEqualTo("NOT_OWNER");
    }

    @Test
    void onlyTheOwnerRemovesOrDeactivatesAProxyOwner() {
        assertThat(refusal(REMOVE, OWNER, other, PROXY_OWNER)).isEqualTo("allowed");
        assertThat(refusal(REMOVE, PROXY_OWNER, other, PROXY_OWNER)).isEqualTo("NOT_OWNER");
        assertThat(refusal(DEACTIVATE, PROXY_OWNER, other, PROXY_OWNER)).isEqualTo("NOT_OWNER");
        assertThat(refusal(REMOVE, PROXY_OWNER, other, USER)).isEqualTo("allowed");
    }

    @Test
    void usersWhoManageUsersThroughTheirRightsActOnUsersOnly() {
        assertThat(refusal(REMOVE, USER, other, USER)).isEqualTo("allowed");
        assertThat(refusal(UNLOCK, USER, other, USER)).isEqualTo("allowed");
        assertThat(refusal(UNLOCK, USER, other, PROXY_OWNER)).isEqualTo("NOT_OWNER");
        assertThat(refusal(SEND_PASSWORD_LINK, USER, other, OWNER)).isEqualTo("NOT_OWNER");
        assertThat(refusal(UNLOCK, PROXY_OWNER, other, OWNER)).isEqualTo("allowed");
    }

    @Test
    void rightsAreForUsersOwnersAndProxiesHaveThemAll() {
        assertThat(refusal(CHANGE_RIGHTS, OWNER, other, USER)).isEqualTo("allowed");
        assertThat(refusal(CHANGE_RIGHTS, OWNER, other, PROXY_OWNER)).isEqualTo("OWNERS_HAVE_ALL_RIGHTS");
        assertThat(refusal(CHANGE_RIGHTS, PROXY_OWNER, other, OWNER)).isEqualTo("OWNERS_HAVE_ALL_RIGHTS");
    }
}
