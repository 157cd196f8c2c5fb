package org.openace.account.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.account.TradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of cross-account access (A5): offer, request, approve, reject, withdraw, revoke. The caller has
 * already been checked as the owner of the account it acts for; here the grant is checked to concern that account,
 * and the grant itself checks the state and the side.
 */
@Component
class CrossAccountAccess {

    private final CrossAccountGrants grants;
    private final TradeAccounts accounts;
    private final SubAccounts subAccounts;
    private final GrantNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    CrossAccountAccess(CrossAccountGrants grants, TradeAccounts accounts, SubAccounts subAccounts, GrantNotices notices,
                       AuditTrail audit, Clock clock) {
        this.grants = grants;
        this.accounts = accounts;
        this.subAccounts = subAccounts;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The other account named by number, if it exists and is not the same account. */
    Optional<TradeAccount> otherAccount(AccountId self, String number) {
        return accounts.findByNumber(number).filter(a -> !a.id().equals(self) && a.status() == TradeAccount.Status.ACTIVE);
    }

    @Transactional
    CrossAccountGrant offer(AccountId grantor, TradeAccount grantee, List<GrantScope> scopes, LocalDate startsOn,
                            LocalDate endsOn, UserId by) {
        for (GrantScope scope : scopes) {
            // another account's sub-account is refused as one that does not exist, so that nobody learns which exist
            boolean own = subAccounts.find(scope.subAccount())
                    .filter(sub -> sub.accountId().equals(grantor) && sub.status() == SubAccount.Status.ACTIVE)
                    .isPresent();
            if (!own) {
                throw new GrantRefusedException("SCOPE_UNKNOWN", "Choose among this account's own active sub-accounts.");
            }
        }
        CrossAccountGrant grant = CrossAccountGrant.start(grantor, grantee.id(), CrossAccountGrant.Side.GRANTOR,
                startsOn, endsOn, scopes, by, clock.instant(), today());
        grants.insert(grant);
        audit.record(AuditRecord.of("GRANT_OFFERED", AuditOutcome.SUCCESS).object("GRANT", grant.id())
                .detail("grantor", grantor).detail("grantee", grantee.id()).detail("scopes", scopes.size()));
        notices.tellOwnerOf(grantee.id(), grantor, "offers your account access to some of its data. Accept or reject the offer");
        return grant;
    }

    @Transactional
    CrossAccountGrant request(AccountId grantee, TradeAccount grantor, List<AccountFunction> functions, AccessLevel level,
                              LocalDate startsOn, LocalDate endsOn, UserId by) {
        List<GrantScope> scopes = new ArrayList<>();
        for (SubAccount sub : subAccounts.ofAccount(grantor.id())) {
            if (sub.status() == SubAccount.Status.ACTIVE) {
                for (AccountFunction function : functions) {
                    scopes.add(new GrantScope(sub.id(), function, level));
                }
            }
        }
        CrossAccountGrant grant = CrossAccountGrant.start(grantor.id(), grantee, CrossAccountGrant.Side.GRANTEE,
                startsOn, endsOn, scopes, by, clock.instant(), today());
        grants.insert(grant);
        audit.record(AuditRecord.of("GRANT_REQUESTED", AuditOutcome.SUCCESS).object("GRANT", grant.id())
                .detail("grantor", grantor.id()).detail("grantee", grantee).detail("functions", functions));
        notices.tellOwnerOf(grantor.id(), grantee, "asks for access to some of your account's data. Approve or reject the request");
        return grant;
    }

    /** The grant as seen by the given account, and which side that account is. */
    Optional<Sided> find(AccountId account, UUID grantId) {
        return grants.find(grantId).flatMap(grant -> side(grant, account).map(side -> new Sided(grant, side)));
    }

    /** A grant and the side the viewing account is on. */
    record Sided(CrossAccountGrant grant, CrossAccountGrant.Side side) {
        AccountId otherAccount() {
            return side == CrossAccountGrant.Side.GRANTOR ? grant.grantee() : grant.grantor();
        }
    }

    @Transactional
    void approve(AccountId account, UUID grantId, UserId by, @Nullable List<GrantScope> narrowed) {
        Sided sided = locked(account, grantId);
        sided.grant().approve(sided.side(), by, clock.instant(), narrowed);
        grants.update(sided.grant());
        audit.record(AuditRecord.of("GRANT_APPROVED", AuditOutcome.SUCCESS).object("GRANT", grantId)
                .detail("side", sided.side()).detail("narrowed", narrowed != null));
        notices.tellOwnerOf(sided.otherAccount(), account, "approved the access between your accounts");
    }

    @Transactional
    void reject(AccountId account, UUID grantId, UserId by, String note) {
        Sided sided = locked(account, grantId);
        sided.grant().reject(sided.side(), by, clock.instant(), note);
        grants.update(sided.grant());
        audit.record(AuditRecord.of("GRANT_REJECTED", AuditOutcome.SUCCESS).object("GRANT", grantId).detail("side", sided.side()));
        notices.tellOwnerOf(sided.otherAccount(), account, "rejected the access between your accounts");
    }

    @Transactional
    void withdraw(AccountId account, UUID grantId, UserId by) {
        Sided sided = locked(account, grantId);
        sided.grant().withdraw(sided.side(), by, clock.instant());
        grants.update(sided.grant());
        audit.record(AuditRecord.of("GRANT_WITHDRAWN", AuditOutcome.SUCCESS).object("GRANT", grantId).detail("side", sided.side()));
    }

    @Transactional
    void revoke(AccountId account, UUID grantId, UserId by) {
        Sided sided = locked(account, grantId);
        sided.grant().revoke(by, clock.instant());
        grants.update(sided.grant());
        audit.record(AuditRecord.of("GRANT_REVOKED", AuditOutcome.SUCCESS).object("GRANT", grantId).detail("side", sided.side()));
        notices.tellOwnerOf(sided.otherAccount(), account, "ended the access between your accounts; it stopped at once");
    }

    private Sided locked(AccountId account, UUID grantId) {
        CrossAccountGrant grant = grants.findForUpdate(grantId).orElseThrow(GrantNotFoundException::new);
        return side(grant, account).map(side -> new Sided(grant, side)).orElseThrow(GrantNotFoundException::new);
    }

    private static Optional<CrossAccountGrant.Side> side(CrossAccountGrant grant, AccountId account) {
        if (grant.grantor().equals(account)) {
            return Optional.of(CrossAccountGrant.Side.GRANTOR);
        }
        return grant.grantee().equals(account) ? Optional.of(CrossAccountGrant.Side.GRANTEE) : Optional.empty();
    }

    static List<GrantScope> parseScopes(@Nullable List<String> pairs, AccessLevel level) {
        List<GrantScope> scopes = new ArrayList<>();
        if (pairs != null) {
            for (String pair : pairs) {
                String[] parts = pair.split(":", 2);
                if (parts.length != 2) {
                    throw new GrantRefusedException("SCOPE_UNKNOWN", "Choose sub-accounts and functions from the list.");
                }
                try {
                    AccountFunction function = AccountFunction.valueOf(parts[1]);
                    if (!function.isGrantable()) {
                        throw new GrantRefusedException("SCOPE_UNKNOWN", "Users and rights are never granted to another account.");
                    }
                    scopes.add(new GrantScope(new SubAccountId(UUID.fromString(parts[0])), function, level));
                }
                catch (IllegalArgumentException e) {
                    throw new GrantRefusedException("SCOPE_UNKNOWN", "Choose sub-accounts and functions from the list.");
                }
            }
        }
        return scopes;
    }

    /** No such grant for this account: answered as "not found". */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static final class GrantNotFoundException extends RuntimeException {
        GrantNotFoundException() {
            super("No such grant");
        }
    }
}
