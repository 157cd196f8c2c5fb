package org.openace.account.grant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrossAccountGrantTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private final AccountId importer = AccountId.random();
    private final AccountId broker = AccountId.random();
    private final SubAccountId imports = SubAccountId.random();
    private final UserId importerOwner = UserId.random();
    private final UserId brokerOwner = UserId.random();
    private final GrantScope entriesView = new GrantScope(imports, AccountFunction.ENTRIES, AccessLevel.VIEW);

    private CrossAccountGrant offer() {
        return CrossAccountGrant.start(importer, broker, CrossAccountGrant.Side.GRANTOR, TODAY, TODAY.plusDays(30),
                List.of(entriesView), importerOwner, NOW, TODAY);
    }

    private static String code(Runnable action) {
        try {
            action.run();
            return "NONE";
        }
        catch (GrantRefusedException e) {
            return e.code();
        }
    }

    @Test
    void anOfferIsActiveOnceTheGranteesOwnerAcceptsIt() {
        CrossAccountGrant grant = offer();
        assertThat(grant.status()).isEqualTo(CrossAccountGrant.Status.OFFERED);
        assertThat(grant.isInForce(TODAY)).isFalse();

        grant.approve(CrossAccountGrant.Side.GRANTEE, brokerOwner, NOW, null);

        assertThat(grant.status()).isEqualTo(CrossAccountGrant.Status.ACTIVE);
        assertThat(grant.isInForce(TODAY)).isTrue();
        assertThat(grant.isInForce(TODAY.plusDays(31))).isFalse();
        assertThat(grant.hasExpired(TODAY.plusDays(31))).isTrue();
    }

    @Test
    void theSideThatOfferedCannotAcceptItsOwnOfferNorCanThePersonWhoAsked() {
        CrossAccountGrant grant = offer();

        assertThat(code(() -> grant.approve(CrossAccountGrant.Side.GRANTOR, UserId.random(), NOW, null)))
                .isEqualTo("NOT_YOURS_TO_ANSWER");
        assertThat(code(() -> grant.approve(CrossAccountGrant.Side.GRANTEE, importerOwner, NOW, null)))
                .isEqualTo("SELF_APPROVAL");
    }

    @Test
    void aRequestMayBeNarrowedByTheGrantorButNeverWidened() {
        GrantScope entriesEdit = new GrantScope(imports, AccountFunction.ENTRIES, AccessLevel.EDIT);
        GrantScope payments = new GrantScope(imports, AccountFunction.PAYMENTS, AccessLevel.VIEW);
        CrossAccountGrant request = CrossAccountGrant.start(importer, broker, CrossAccountGrant.Side.GRANTEE, TODAY,
                TODAY.plusDays(10), List.of(entriesEdit), brokerOwner, NOW, TODAY);

        assertThat(code(() -> request.approve(CrossAccountGrant.Side.GRANTOR, importerOwner, NOW, List.of(payments))))
                .isEqualTo("SCOPE_WIDER");
        request.approve(CrossAccountGrant.Side.GRANTOR, importerOwner, NOW, List.of(entriesView));

        assertThat(request.scopes()).containsExactly(entriesView);
        assertThat(request.covers(imports, AccountFunction.ENTRIES, AccessLevel.EDIT)).isFalse();
    }

    @Test
    void answeredGrantsCannotBeAnsweredAgainAndOnlyActiveOnesRevoked() {
        CrossAccountGrant grant = offer();
        assertThat(code(() -> grant.revoke(importerOwner, NOW))).isEqualTo("NOT_ACTIVE");
        grant.reject(CrossAccountGrant.Side.GRANTEE, brokerOwner, NOW, "Not our client");

        assertThat(code(() -> grant.approve(CrossAccountGrant.Side.GRANTEE, brokerOwner, NOW, null))).isEqualTo("NOT_PENDING");
        assertThat(code(() -> grant.withdraw(CrossAccountGrant.Side.GRANTOR, importerOwner, NOW))).isEqualTo("NOT_PENDING");
    }

    @Test
    void onlyTheStarterWithdrawsAPendingGrant() {
        CrossAccountGrant grant = offer();
        assertThat(code(() -> grant.withdraw(CrossAccountGrant.Side.GRANTEE, brokerOwner, NOW))).isEqualTo("NOT_YOURS_TO_WITHDRAW");

        grant.withdraw(CrossAccountGrant.Side.GRANTOR, importerOwner, NOW);

        assertThat(grant.status()).isEqualTo(CrossAccountGrant.Status.WITHDRAWN);
    }

    @Test
    void invalidStartsAreRefused() {
        assertThatThrownBy(() -> CrossAccountGrant.start(importer, importer, CrossAccountGrant.Side.GRANTOR, TODAY,
                TODAY.plusDays(1), List.of(entriesView), importerOwner, NOW, TODAY)).hasMessageContaining("itself");
        assertThat(code(() -> CrossAccountGrant.start(importer, broker, CrossAccountGrant.Side.GRANTOR, TODAY,
                TODAY.minusDays(1), List.of(entriesView), importerOwner, NOW, TODAY))).isEqualTo("PERIOD_INVALID");
        assertThat(code(() -> CrossAccountGrant.start(importer, broker, CrossAccountGrant.Side.GRANTOR,
                TODAY.minusDays(9), TODAY.minusDays(1), List.of(entriesView), importerOwner, NOW, TODAY)))
                .isEqualTo("PERIOD_PAST");
        assertThat(code(() -> CrossAccountGrant.start(importer, broker, CrossAccountGrant.Side.GRANTOR, TODAY,
                TODAY.plusDays(1), List.of(), importerOwner, NOW, TODAY))).isEqualTo("SCOPE_EMPTY");
        assertThatThrownBy(() -> new GrantScope(imports, AccountFunction.USERS, AccessLevel.VIEW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
