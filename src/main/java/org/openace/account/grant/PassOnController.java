package org.openace.account.grant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.AccountRole;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The receiving account's owner (or a proxy owner) passes a grant on to the account's own users, scope by scope, at
 * most at the level granted. Saving replaces the grant's delegations at once.
 */
@Controller
@RequestMapping("/accounts/{accountId}/grants/{grantId}/users")
class PassOnController {

    private final CrossAccountAccess access;
    private final CrossAccountGrants grants;
    private final Memberships memberships;
    private final UserDirectory directory;
    private final TradeAccounts accounts;
    private final SubAccounts subAccounts;
    private final AccessControl accessControl;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PassOnController(CrossAccountAccess access, CrossAccountGrants grants, Memberships memberships,
                     UserDirectory directory, TradeAccounts accounts, SubAccounts subAccounts,
                     AccessControl accessControl, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.access = access;
        this.grants = grants;
        this.memberships = memberships;
        this.directory = directory;
        this.accounts = accounts;
        this.subAccounts = subAccounts;
        this.accessControl = accessControl;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A cell of the table: a user, a scope, the level now, and the highest level allowed. */
    record Cell(String name, String label, String current, boolean editAllowed) {
    }

    /** A row: a user and their cells. */
    record UserRow(UserSummary user, List<Cell> cells) {
    }

    @GetMapping
    @AccountOwnerOnly
    String page(@PathVariable UUID accountId, @PathVariable UUID grantId, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        AccountId id = new AccountId(accountId);
        CrossAccountGrant grant = receivedActive(id, grantId);
        model.addAttribute("navSection", "accounts");
        model.addAttribute("account", accounts.find(id).orElseThrow());
        model.addAttribute("role", accessControl.roleIn(user.id(), id).orElse(null));
        model.addAttribute("grantor", accounts.find(grant.grantor()).orElseThrow());
        model.addAttribute("grant", grant);
        Map<String, AccessLevel> current = new HashMap<>();
        for (CrossAccountGrants.Delegation d : grants.delegationsOf(grantId)) {
            current.put(key(d.user(), d.subAccount().toString(), d.function().name()), d.level());
        }
        List<UserRow> rows = new ArrayList<>();
        for (Membership member : memberships.ofAccount(id)) {
            if (member.role() != AccountRole.USER || member.status() != Membership.Status.ACTIVE) {
                continue;
            }
            UserSummary summary = directory.find(member.userId()).orElseThrow();
            List<Cell> cells = new ArrayList<>();
            for (GrantScope scope : grant.scopes()) {
                String name = key(member.userId(), scope.subAccount().toString(), scope.function().name());
                AccessLevel level = current.get(name);
                cells.add(new Cell(name, label(scope), level == null ? "NONE" : level.name(),
                        scope.level() == AccessLevel.EDIT));
            }
            rows.add(new UserRow(summary, cells));
        }
        model.addAttribute("rows", rows);
        return "account/grants/pass-on";
    }

    @PostMapping
    @AccountOwnerOnly
    String save(@PathVariable UUID accountId, @PathVariable UUID grantId, @AuthenticationPrincipal CurrentUser user,
                HttpServletRequest request, RedirectAttributes redirect) {
        AccountId id = new AccountId(accountId);
        CrossAccountGrant grant = receivedActive(id, grantId);
        List<Membership> users = memberships.ofAccount(id).stream()
                .filter(m -> m.role() == AccountRole.USER && m.status() == Membership.Status.ACTIVE).toList();
        List<String> refused = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (CrossAccountGrants.Delegation existing : grants.delegationsOf(grantId)) {
                grants.undelegate(grantId, existing.id());
            }
            int given = 0;
            for (Membership member : users) {
                for (GrantScope scope : grant.scopes()) {
                    String value = request.getParameter(key(member.userId(), scope.subAccount().toString(),
                            scope.function().name()));
                    if (value == null || value.equals("NONE")) {
                        continue;
                    }
                    AccessLevel level;
                    try {
                        level = AccessLevel.valueOf(value);
                    }
                    catch (IllegalArgumentException e) {
                        refused.add(label(scope));
                        continue;
                    }
                    if (!scope.level().covers(level)) {
                        refused.add(label(scope));
                        continue;
                    }
                    grants.delegate(grantId, member.userId(), scope.subAccount(), scope.function(), level, user.id(),
                            clock.instant());
                    given++;
                }
            }
            if (!refused.isEmpty()) {
                status.setRollbackOnly();
                return;
            }
            audit.record(AuditRecord.of("GRANT_PASSED_ON", AuditOutcome.SUCCESS).object("GRANT", grantId)
                    .detail("account", id).detail("delegations", given));
        });
        if (!refused.isEmpty()) {
            audit.record(AuditRecord.of("GRANT_PASSED_ON", AuditOutcome.DENIED).object("GRANT", grantId)
                    .detail("reason", "BEYOND_GRANT"));
            redirect.addFlashAttribute("error", UserMessage.of("account.grant.pass-on.beyond-grant",
                    String.join("; ", refused.stream().distinct().toList())));
        }
        else {
            redirect.addFlashAttribute("success", UserMessage.of("account.grant.passed-on"));
        }
        return "redirect:/accounts/" + accountId + "/grants/" + grantId + "/users";
    }

    private CrossAccountGrant receivedActive(AccountId id, UUID grantId) {
        CrossAccountAccess.Sided sided = access.find(id, grantId).orElseThrow(CrossAccountAccess.GrantNotFoundException::new);
        if (sided.side() != CrossAccountGrant.Side.GRANTEE || sided.grant().status() != CrossAccountGrant.Status.ACTIVE) {
            throw new CrossAccountAccess.GrantNotFoundException();
        }
        return sided.grant();
    }

    private String label(GrantScope scope) {
        return subAccounts.find(scope.subAccount()).map(s -> s.name()).orElse("Sub-account") + ": "
                + org.openace.platform.Sentences.inSentence(scope.function().title());
    }

    private static String key(UserId user, String subAccount, String function) {
        return "level_" + user + "_" + subAccount + "_" + function;
    }
}
