package org.openace.account.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountAccess;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.AccountRole;
import org.openace.account.PathIds;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Identifiers;
import org.openace.account.core.Right;
import org.openace.account.core.Rights;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.web.AccountHeader;
import org.openace.account.web.FormErrors;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.openace.platform.web.UserMessage;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One member of an account (A3, A4, A6): their user, role and rights, and what those who manage the account's users
 * may do to them — edit the rights (replaced at once), make or unmake a proxy owner and hand on the ownership (the
 * owner), unlock, e-mail a password link, remove from the account, deactivate or reactivate.
 */
@Controller
class AccountUserController {

    /** A role to choose. */
    record RoleChoice(String value, String title, boolean current) {
    }

    private final AccountMembers members;
    private final ChangeRights changeRights;
    private final ChangeRole changeRole;
    private final TransferOwnership transferOwnership;
    private final UnlockMember unlockMember;
    private final SendMemberPasswordLink sendPasswordLink;
    private final RemoveMember removeMember;
    private final DeactivateMember deactivateMember;
    private final ReactivateMember reactivateMember;
    private final RightsInput rightsInput;
    private final SubAccounts subAccounts;
    private final Identifiers identifiers;
    private final Rights rights;
    private final AccessControl access;
    private final AccountHeader header;

    AccountUserController(AccountMembers members, ChangeRights changeRights, ChangeRole changeRole,
                          TransferOwnership transferOwnership, UnlockMember unlockMember,
                          SendMemberPasswordLink sendPasswordLink, RemoveMember removeMember,
                          DeactivateMember deactivateMember, ReactivateMember reactivateMember, RightsInput rightsInput,
                          SubAccounts subAccounts, Identifiers identifiers, Rights rights, AccessControl access,
                          AccountHeader header) {
        this.members = members;
        this.changeRights = changeRights;
        this.changeRole = changeRole;
        this.transferOwnership = transferOwnership;
        this.unlockMember = unlockMember;
        this.sendPasswordLink = sendPasswordLink;
        this.removeMember = removeMember;
        this.deactivateMember = deactivateMember;
        this.reactivateMember = reactivateMember;
        this.rightsInput = rightsInput;
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
        this.rights = rights;
        this.access = access;
        this.header = header;
    }

    @GetMapping("/accounts/{accountId}/users/{userId}")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.VIEW)
    String show(@PathVariable String accountId, @PathVariable String userId, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        return page(PathIds.account(accountId), PathIds.user(userId), user, model, null, FormErrors.none());
    }

    @PostMapping("/accounts/{accountId}/users/{userId}/rights")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String saveRights(@PathVariable String accountId, @PathVariable String userId,
                      @Valid @ModelAttribute("rightsForm") RightsForm form, BindingResult binding,
                      @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        UserId member = PathIds.user(userId);
        FormErrors errors = FormErrors.of(binding);
        List<RightsInput.TypedRight> lines = form.lines().orElse(null);
        if (errors.isEmpty() && lines == null) {
            errors.message("The rights in the form were incomplete. Open the page again and make the change.", 400);
        }
        if (errors.isEmpty()) {
            try {
                List<Right> now = changeRights.replace(user, id, member, rightsInput.parse(id, lines));
                redirect.addFlashAttribute("success", UserMessage.of("account.user.rights-saved", now.size()));
                return "redirect:/accounts/" + id + "/users/" + member;
            }
            catch (AccountChangeRefusedException refused) {
                errors.add(refused);
            }
        }
        response.setStatus(errors.status());
        return page(id, member, user, model, lines, errors);
    }

    @PostMapping("/accounts/{accountId}/users/{userId}/role")
    @AccountOwnerOnly(proxyAllowed = false)
    String role(@PathVariable String accountId, @PathVariable String userId,
                @RequestParam(name = "role", required = false) @Nullable String role,
                @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        UserId member = PathIds.user(userId);
        AccountRole chosen = "PROXY_OWNER".equals(role) ? AccountRole.PROXY_OWNER
                : "USER".equals(role) ? AccountRole.USER : null;
        if (chosen == null) {
            response.setStatus(400);
            return page(id, member, user, model, null, FormErrors.field("role", "Choose user or proxy owner."));
        }
        String title = org.openace.platform.Sentences.inSentence(chosen.title());
        return act(id, member, user, model, response, redirect, () -> changeRole.change(user, id, member, chosen)
                ? UserMessage.of(chosen == AccountRole.PROXY_OWNER ? "account.user.role.proxy-owner"
                        : "account.user.role.user", title)
                : UserMessage.of("account.user.role.unchanged", title));
    }

    @PostMapping("/accounts/{accountId}/users/{userId}/transfer-ownership")
    @AccountOwnerOnly(proxyAllowed = false)
    String transfer(@PathVariable String accountId, @PathVariable String userId,
                    @RequestParam(name = "confirm", required = false) @Nullable String confirm,
                    @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        UserId member = PathIds.user(userId);
        if (!"yes".equals(confirm)) {
            response.setStatus(400);
            return page(id, member, user, model, null,
                    FormErrors.field("confirm", "Check the box to confirm that you hand on the ownership."));
        }
        return act(id, member, user, model, response, redirect, () -> {
            transferOwnership.transfer(user, id, member);
            return UserMessage.of("account.user.ownership-handed-on");
        });
    }

    @PostMapping("/accounts/{accountId}/users/{userId}/unlock")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String unlock(@PathVariable String accountId, @PathVariable String userId,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        UserId member = PathIds.user(userId);
        return act(id, member, user, model, response, redirect, () -> {
            unlockMember.unlock(user, id, member);
            return UserMessage.of("account.user.unlocked");
        });
    }

    @PostMapping("/accounts/{accountId}/users/{userId}/password-link")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String passwordLink(@PathVariable String accountId, @PathVariable String userId,
                        @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        UserId member = PathIds.user(userId);
        return act(id, member, user, model, response, redirect, () -> {
            sendPasswordLink.send(user, id, member);
            return UserMessage.of("account.user.password-link-sent");
        });
    }

    @PostMapping("/accounts/{accountId}/users/{userId}/remove")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String remove(@PathVariable String accountId, @PathVariable String userId,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        UserId member = PathIds.user(userId);
        try {
            removeMember.remove(user, id, member);
        }
        catch (AccountChangeRefusedException refused) {
            response.setStatus(refused.kind().status());
            return page(id, member, user, model, null, FormErrors.none().add(refused));
        }
        redirect.addFlashAttribute("success", UserMessage.of("account.user.removed"));
        return "redirect:/accounts/" + id + "/users";
    }

    @PostMapping("/accounts/{accountId}/users/{userId}/deactivate")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String deactivate(@PathVariable String accountId, @PathVariable String userId,
                      @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        UserId member = PathIds.user(userId);
        return act(id, member, user, model, response, redirect, () -> {
            deactivateMember.deactivate(user, id, member);
            return UserMessage.of("account.user.deactivated");
        });
    }

    @PostMapping("/accounts/{accountId}/users/{userId}/reactivate")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String reactivate(@PathVariable String accountId, @PathVariable String userId,
                      @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        UserId member = PathIds.user(userId);
        return act(id, member, user, model, response, redirect, () -> {
            reactivateMember.reactivate(user, id, member);
            return UserMessage.of("account.user.reactivated");
        });
    }

    private String act(AccountId id, UserId member, CurrentUser user, Model model, HttpServletResponse response,
                       RedirectAttributes redirect,
                       java.util.function.Supplier<MessageSourceResolvable> action) {
        MessageSourceResolvable message;
        try {
            message = action.get();
        }
        catch (AccountChangeRefusedException refused) {
            response.setStatus(refused.kind().status());
            return page(id, member, user, model, null, FormErrors.none().add(refused));
        }
        redirect.addFlashAttribute("success", message);
        return "redirect:/accounts/" + id + "/users/" + member;
    }

    private String page(AccountId id, UserId member, CurrentUser viewer, Model model,
                        @Nullable List<RightsInput.TypedRight> submitted, FormErrors errors) {
        AccountRole viewerRole = header.add(model, viewer, id);
        AccountMembers.MemberDetail detail = members.detail(id, member);
        boolean mayEdit = access.mayOnAccount(viewer.id(), AccountFunction.USERS, AccessLevel.EDIT, id);
        AccountRole actorRole = viewerRole == null ? AccountRole.USER : viewerRole;
        Map<String, Boolean> may = new LinkedHashMap<>();
        for (MemberPolicy.Action action : MemberPolicy.Action.values()) {
            boolean allowed = mayEdit;
            try {
                MemberPolicy.check(action, viewer.id(), actorRole, member, detail.member().membership().role());
            }
            catch (AccountChangeRefusedException refused) {
                allowed = false;
            }
            may.put(action.name(), allowed);
        }
        List<SubAccount> open = subAccounts.ofAccount(id).stream()
                .filter(s -> s.status() == SubAccount.Status.ACTIVE || s.status() == SubAccount.Status.PENDING_APPROVAL)
                .toList();
        Set<String> editable = actorRole.isOwner() ? null
                : RightsGrid.editableBy(rights.of(id, viewer.id()).stream().map(Right::spec).toList());
        List<RightsInput.TypedRight> lines = submitted != null ? submitted
                : RightsGrid.lines(detail.rights().stream().map(Right::spec).toList());
        model.addAttribute("detail", detail);
        model.addAttribute("member", detail.member());
        model.addAttribute("self", viewer.id().equals(member));
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("may", may);
        model.addAttribute("grid", RightsGrid.of(open, identifiers.ofAccount(id), lines, submitted != null, editable));
        model.addAttribute("roleChoices", List.of(
                new RoleChoice("USER", AccountRole.USER.title(), detail.member().membership().role() == AccountRole.USER),
                new RoleChoice("PROXY_OWNER", AccountRole.PROXY_OWNER.title(),
                        detail.member().membership().role() == AccountRole.PROXY_OWNER)));
        model.addAttribute("errors", errors);
        return "account/user";
    }
}
