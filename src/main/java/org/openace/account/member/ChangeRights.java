package org.openace.account.member;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Right;
import org.openace.account.core.RightSpec;
import org.openace.account.core.Rights;
import org.openace.account.core.SubAccounts;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone who manages the account's users replaces a user's rights, all at once (A4). Refused: changing one's own
 * rights, rights of owners and proxy owners (they have them all), and — for someone who is not an owner — giving or
 * taking a right beyond their own ({@link RightsPolicy}). The change counts from the user's next request.
 */
@Component
public class ChangeRights {

    private final MemberLookup lookup;
    private final Rights rights;
    private final SubAccounts subAccounts;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ChangeRights(MemberLookup lookup, Rights rights, SubAccounts subAccounts, AuditTrail audit,
                 TransactionTemplate transaction) {
        this.lookup = lookup;
        this.rights = rights;
        this.subAccounts = subAccounts;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * @param wanted the user's rights from now on (checked by {@link RightsInput})
     * @return the rights the user now holds
     */
    public List<Right> replace(CurrentUser actor, AccountId account, UserId user, List<RightSpec> wanted) {
        return AccountAudit.refusalsAudited(audit, "ACCOUNT_RIGHTS_CHANGED", actor, "USER", user, account,
                () -> transaction.execute(status -> {
                    MemberLookup.Target target = lookup.lockTarget(actor, account, user);
                    MemberPolicy.check(MemberPolicy.Action.CHANGE_RIGHTS, actor.id(), target.actorRole(), user,
                            target.role());
                    List<RightSpec> current = rights.of(account, user).stream().map(Right::spec).toList();
                    List<RightSpec> changed = RightsPolicy.changes(current, wanted);
                    requireWithinReach(actor, account, target.actorRole(), changed);
                    List<Right> now = rights.replace(account, user, wanted, actor.id());
                    audit.record(AccountAudit.done("ACCOUNT_RIGHTS_CHANGED", actor, "USER", user, account)
                            .detail("rights", now.size())
                            .detail("added", wanted.stream().filter(w -> !current.contains(w)).count())
                            .detail("removed", current.stream().filter(c -> !wanted.contains(c)).count()));
                    return now;
                }));
    }

    /** @throws AccountChangeRefusedException RIGHTS_BEYOND_YOURS naming the rights beyond the actor's own */
    void requireWithinReach(CurrentUser actor, AccountId account, org.openace.account.AccountRole actorRole,
                            List<RightSpec> changed) {
        List<RightSpec> holds = actorRole.isOwner() ? List.of()
                : rights.of(account, actor.id()).stream().map(Right::spec).toList();
        List<RightSpec> beyond = RightsPolicy.beyondReach(actorRole, holds, changed);
        if (!beyond.isEmpty()) {
            throw AccountChangeRefusedException.forbidden("RIGHTS_BEYOND_YOURS", "You can only give or take rights "
                    + "that you hold yourself, at the same level or higher and narrowed no further: "
                    + describe(account, beyond) + (beyond.size() == 1 ? " is" : " are") + " beyond yours.");
        }
    }

    private String describe(AccountId account, List<RightSpec> specs) {
        Map<SubAccountId, String> names = new HashMap<>();
        subAccounts.ofAccount(account).forEach(s -> names.put(s.id(), s.name()));
        return specs.stream().limit(5).map(s -> s.function().title() + " ("
                        + s.level().name().toLowerCase(Locale.ROOT) + ") on " + names.getOrDefault(s.subAccount(), "?"))
                .collect(Collectors.joining("; ")) + (specs.size() > 5 ? " and " + (specs.size() - 5) + " more" : "");
    }
}
