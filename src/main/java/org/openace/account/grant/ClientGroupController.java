package org.openace.account.grant;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.AccountRole;
import org.openace.account.TradeAccount;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
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
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A broker's client groups (A5): group the client accounts that granted access to this account, and assign the
 * account's users to a group for some functions at a level. A group never reaches beyond what each client granted.
 */
@Controller
@RequestMapping("/accounts/{accountId}/groups")
class ClientGroupController {

    private final ClientGroups groups;
    private final CrossAccountGrants grants;
    private final TradeAccounts accounts;
    private final Memberships memberships;
    private final UserDirectory directory;
    private final AccessControl accessControl;
    private final AuditTrail audit;

    ClientGroupController(ClientGroups groups, CrossAccountGrants grants, TradeAccounts accounts, Memberships memberships,
                          UserDirectory directory, AccessControl accessControl, AuditTrail audit) {
        this.groups = groups;
        this.grants = grants;
        this.accounts = accounts;
        this.memberships = memberships;
        this.directory = directory;
        this.accessControl = accessControl;
        this.audit = audit;
    }

    /** A user's assignment as shown. */
    record AssignmentRow(UserSummary user, AccountFunction function, AccessLevel level) {
    }

    @GetMapping
    @AccountOwnerOnly
    String list(@PathVariable UUID accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        AccountId id = new AccountId(accountId);
        header(id, user, model);
        model.addAttribute("groups", groups.of(id));
        return "account/groups/list";
    }

    @PostMapping
    @AccountOwnerOnly
    String create(@PathVariable UUID accountId, @RequestParam(defaultValue = "") String name,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccountId id = new AccountId(accountId);
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 100 || clean.chars().anyMatch(Character::isISOControl)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("nameError", clean.chars().anyMatch(Character::isISOControl)
                    ? "The name cannot hold tabs, line breaks or other control characters."
                    : "Give the group a name of 1 to 100 characters.");
            return list(accountId, user, model);
        }
        var created = groups.create(id, clean);
        if (created.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("nameError", "This account already has a group of that name.");
            return list(accountId, user, model);
        }
        audit.record(AuditRecord.of("CLIENT_GROUP_CREATED", AuditOutcome.SUCCESS).object("CLIENT_GROUP", created.get().id())
                .detail("account", id));
        redirect.addFlashAttribute("success", UserMessage.of("account.group.created"));
        return "redirect:/accounts/" + accountId + "/groups/" + created.get().id();
    }

    @GetMapping("/{groupId}")
    @AccountOwnerOnly
    String detail(@PathVariable UUID accountId, @PathVariable UUID groupId, @AuthenticationPrincipal CurrentUser user,
                  Model model) {
        AccountId id = new AccountId(accountId);
        ClientGroups.ClientGroup group = group(id, groupId);
        header(id, user, model);
        model.addAttribute("group", group);
        List<AccountId> members = groups.clients(groupId);
        model.addAttribute("clients", members.stream().map(a -> accounts.find(a).orElseThrow()).toList());
        model.addAttribute("candidates", grantors(id).stream().filter(a -> !members.contains(a.id())).toList());
        model.addAttribute("assignments", groups.assignments(groupId).stream().map(a -> new AssignmentRow(
                directory.find(a.user()).orElseThrow(), a.function(), a.level())).toList());
        model.addAttribute("users", users(id));
        model.addAttribute("functions", java.util.Arrays.stream(AccountFunction.values())
                .filter(AccountFunction::isGrantable).toList());
        return "account/groups/detail";
    }

    @PostMapping("/{groupId}/clients")
    @AccountOwnerOnly
    String addClient(@PathVariable UUID accountId, @PathVariable UUID groupId, @RequestParam(defaultValue = "") String client,
                     RedirectAttributes redirect) {
        AccountId id = new AccountId(accountId);
        group(id, groupId);
        TradeAccount chosen = grantors(id).stream().filter(a -> a.id().toString().equals(client)).findFirst().orElse(null);
        if (chosen == null) {
            redirect.addFlashAttribute("error", UserMessage.of("account.group.client.choose"));
        }
        else {
            groups.addClient(groupId, chosen.id());
            audit.record(AuditRecord.of("CLIENT_GROUP_CLIENT_ADDED", AuditOutcome.SUCCESS).object("CLIENT_GROUP", groupId)
                    .detail("client", chosen.id()));
            redirect.addFlashAttribute("success", UserMessage.of("account.group.client.added", chosen.legalName()));
        }
        return "redirect:/accounts/" + accountId + "/groups/" + groupId;
    }

    @PostMapping("/{groupId}/clients/remove")
    @AccountOwnerOnly
    String removeClient(@PathVariable UUID accountId, @PathVariable UUID groupId,
                        @RequestParam(defaultValue = "") String client, RedirectAttributes redirect) {
        AccountId id = new AccountId(accountId);
        group(id, groupId);
        boolean removed;
        try {
            removed = groups.removeClient(groupId, new AccountId(UUID.fromString(client)));
        }
        catch (IllegalArgumentException e) {
            removed = false;
        }
        if (removed) {
            audit.record(AuditRecord.of("CLIENT_GROUP_CLIENT_REMOVED", AuditOutcome.SUCCESS).object("CLIENT_GROUP", groupId)
                    .detail("client", client));
            redirect.addFlashAttribute("success", UserMessage.of("account.group.client.removed"));
        }
        else {
            redirect.addFlashAttribute("error", UserMessage.of("account.group.client.unknown"));
        }
        return "redirect:/accounts/" + accountId + "/groups/" + groupId;
    }

    @PostMapping("/{groupId}/users")
    @AccountOwnerOnly
    String assign(@PathVariable UUID accountId, @PathVariable UUID groupId, @RequestParam(defaultValue = "") String member,
                  @RequestParam(defaultValue = "") String function, @RequestParam(defaultValue = "") String level,
                  RedirectAttributes redirect) {
        AccountId id = new AccountId(accountId);
        group(id, groupId);
        UserSummary chosen = users(id).stream().filter(u -> u.id().toString().equals(member)).findFirst().orElse(null);
        AccountFunction chosenFunction = parse(AccountFunction.class, function);
        AccessLevel chosenLevel = parse(AccessLevel.class, level);
        if (chosen == null || chosenFunction == null || !chosenFunction.isGrantable() || chosenLevel == null) {
            redirect.addFlashAttribute("error", UserMessage.of("account.group.user.choose"));
            return "redirect:/accounts/" + accountId + "/groups/" + groupId;
        }
        groups.assign(groupId, chosen.id(), chosenFunction, chosenLevel);
        audit.record(AuditRecord.of("CLIENT_GROUP_USER_ASSIGNED", AuditOutcome.SUCCESS).object("CLIENT_GROUP", groupId)
                .detail("user", chosen.id()).detail("function", chosenFunction).detail("level", chosenLevel));
        redirect.addFlashAttribute("success", UserMessage.of("account.group.user.assigned", chosen.displayName(),
                org.openace.platform.Sentences.inSentence(chosenFunction.title())));
        return "redirect:/accounts/" + accountId + "/groups/" + groupId;
    }

    @PostMapping("/{groupId}/users/remove")
    @AccountOwnerOnly
    String unassign(@PathVariable UUID accountId, @PathVariable UUID groupId, @RequestParam(defaultValue = "") String member,
                    RedirectAttributes redirect) {
        AccountId id = new AccountId(accountId);
        group(id, groupId);
        int removed;
        try {
            removed = groups.unassign(groupId, new UserId(UUID.fromString(member)));
        }
        catch (IllegalArgumentException e) {
            removed = 0;
        }
        if (removed > 0) {
            audit.record(AuditRecord.of("CLIENT_GROUP_USER_REMOVED", AuditOutcome.SUCCESS).object("CLIENT_GROUP", groupId)
                    .detail("user", member));
            redirect.addFlashAttribute("success", UserMessage.of("account.group.user.removed"));
        }
        else {
            redirect.addFlashAttribute("error", UserMessage.of("account.group.user.unknown"));
        }
        return "redirect:/accounts/" + accountId + "/groups/" + groupId;
    }

    private ClientGroups.ClientGroup group(AccountId account, UUID groupId) {
        return groups.find(account, groupId).orElseThrow(CrossAccountAccess.GrantNotFoundException::new);
    }

    /** The accounts that currently grant this account access: the clients a group can hold. */
    private List<TradeAccount> grantors(AccountId id) {
        return grants.received(id).stream().filter(g -> g.status() == CrossAccountGrant.Status.ACTIVE)
                .map(CrossAccountGrant::grantor).distinct().map(a -> accounts.find(a).orElseThrow()).toList();
    }

    private List<UserSummary> users(AccountId id) {
        return memberships.ofAccount(id).stream()
                .filter(m -> m.role() == AccountRole.USER && m.status() == Membership.Status.ACTIVE)
                .map(m -> directory.find(m.userId()).orElseThrow()).toList();
    }

    private void header(AccountId id, CurrentUser user, Model model) {
        model.addAttribute("navSection", "accounts");
        model.addAttribute("account", accounts.find(id).orElseThrow());
        model.addAttribute("role", accessControl.roleIn(user.id(), id).orElse(null));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }
}
