package org.openace.account.overview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.SubAccountId;
import org.openace.account.TradeAccount;
import org.openace.account.core.Identifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.Right;
import org.openace.account.core.Rights;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * An account as one viewer sees it: members see the company, every sub-account with its identifiers (masked when
 * personal), their role and rights; the users of an account it granted access to see only the sub-accounts they
 * reach and what they may do there.
 */
@Component
public class AccountOverviews {

    /** A sub-account with its identifiers as shown. */
    public record SubAccountView(SubAccount subAccount, List<Identifier> identifiers) {
    }

    /** A right described for people: the sub-account's name and the narrowing identifiers as shown. */
    public record RightView(Right right, String subAccountName, @Nullable String importerNumber,
                            @Nullable String filerCode) {
    }

    /**
     * @param role        the viewer's role, or null if they are not a member (they reach the account's data through
     *                    a grant)
     * @param subAccounts members: every sub-account; others: those they reach
     * @param reach       what the viewer may do, per sub-account (for members with the USER role and for others)
     * @param rights      the viewer's own rights (members with the USER role)
     */
    public record Overview(TradeAccount account, @Nullable AccountRole role, List<SubAccountView> subAccounts,
                           List<ReachedSubAccount> reach, List<RightView> rights) {

        public boolean member() {
            return role != null;
        }

        /** Only the owner may reveal the account's tax identifier, and only if it is personal data. */
        public boolean mayRevealTaxIdentifier() {
            return role == AccountRole.OWNER && account.taxIdKind().isPersonalData();
        }
    }

    private final TradeAccounts accounts;
    private final SubAccounts subAccounts;
    private final Identifiers identifiers;
    private final Rights rights;
    private final AccessControl access;
    private final Reach reach;

    AccountOverviews(TradeAccounts accounts, SubAccounts subAccounts, Identifiers identifiers, Rights rights,
                     AccessControl access, Reach reach) {
        this.accounts = accounts;
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
        this.rights = rights;
        this.access = access;
        this.reach = reach;
    }

    /** @throws AccountDataNotFoundException if the viewer may see nothing of the account */
    public Overview of(UserId viewer, AccountId accountId) {
        TradeAccount account = accounts.find(accountId).orElseThrow(AccountDataNotFoundException::new);
        AccountRole role = access.roleIn(viewer, accountId).orElse(null);
        List<ReachedSubAccount> reached = role == AccountRole.OWNER || role == AccountRole.PROXY_OWNER
                ? List.of() : reach.of(viewer, accountId);
        List<SubAccount> shown = role != null ? subAccounts.ofAccount(accountId)
                : reached.stream().map(ReachedSubAccount::subAccount).toList();
        if (role == null && shown.isEmpty()) {
            throw new AccountDataNotFoundException();
        }
        List<SubAccountView> views = shown.stream()
                .map(sub -> new SubAccountView(sub, identifiers.ofSubAccount(sub.id()))).toList();
        List<RightView> own = role == AccountRole.USER ? describe(accountId, rights.of(accountId, viewer)) : List.of();
        return new Overview(account, role, views, reached, own);
    }

    /** One sub-account as the viewer sees it (the access check has allowed it already). */
    public Optional<SubAccountView> subAccount(AccountId account, SubAccountId id) {
        return subAccounts.find(id).filter(s -> s.accountId().equals(account))
                .map(sub -> new SubAccountView(sub, identifiers.ofSubAccount(sub.id())));
    }

    /** Rights with the names people know them by. */
    public List<RightView> describe(AccountId account, List<Right> held) {
        Map<SubAccountId, String> names = new HashMap<>();
        subAccounts.ofAccount(account).forEach(s -> names.put(s.id(), s.name()));
        Map<UUID, String> shown = new HashMap<>();
        identifiers.ofAccount(account).forEach(i -> shown.put(i.id(), i.display()));
        return held.stream().map(r -> new RightView(r, names.getOrDefault(r.subAccountId(), "?"),
                r.importerIdentifierId() == null ? null : shown.get(r.importerIdentifierId()),
                r.filerIdentifierId() == null ? null : shown.get(r.filerIdentifierId()))).toList();
    }
}
