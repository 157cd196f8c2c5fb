package org.openace.account.member;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountAccess;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.PathIds;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Identifiers;
import org.openace.account.core.Right;
import org.openace.account.core.RightSpec;
import org.openace.account.core.Rights;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.web.AccountHeader;
import org.openace.account.web.FormErrors;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The users of an account (A3, A6): who is a member, with their role and sign-in state, for anyone who may view the
 * account's users; inviting a user (an existing one, or a new person) for those who may change them.
 */
@Controller
class AccountUsersController {

    private final AccountMembers members;
    private final InviteUser inviteUser;
    private final RightsInput rightsInput;
    private final SubAccounts subAccounts;
    private final Identifiers identifiers;
    private final Rights rights;
    private final AccessControl access;
    private final AccountHeader header;

    AccountUsersController(AccountMembers members, InviteUser inviteUser, RightsInput rightsInput,
                           SubAccounts subAccounts, Identifiers identifiers, Rights rights, AccessControl access,
                           AccountHeader header) {
        this.members = members;
        this.inviteUser = inviteUser;
        this.rightsInput = rightsInput;
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
        this.rights = rights;
        this.access = access;
        this.header = header;
    }

    @GetMapping("/accounts/{accountId}/users")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.VIEW)
    String list(@PathVariable String accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        AccountId id = PathIds.account(accountId);
        header.add(model, user, id);
        model.addAttribute("members", members.of(id));
        model.addAttribute("mayEdit", access.mayOnAccount(user.id(), AccountFunction.USERS, AccessLevel.EDIT, id));
        return "account/users";
    }

    @GetMapping("/accounts/{accountId}/users/invite")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String inviteForm(@PathVariable String accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return form(PathIds.account(accountId), user, model, InviteForm.empty(), null, FormErrors.none());
    }

    @PostMapping("/accounts/{accountId}/users/invite")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String invite(@PathVariable String accountId, @Valid @ModelAttribute("form") InviteForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        FormErrors errors = FormErrors.of(binding);
        List<RightsInput.TypedRight> lines = form.lines().orElse(null);
        if (errors.isEmpty() && lines == null) {
            errors.message("The rights in the form were incomplete. Start again from the invitation page.", 400);
        }
        if (errors.isEmpty()) {
            try {
                List<RightSpec> given = rightsInput.parse(id, lines);
                InviteUser.Invited invited = inviteUser.invite(user, id, InvitationInput.parse(form.invitee(),
                        form.username(), form.displayName(), form.email(), form.role(), given));
                redirect.addFlashAttribute("success", invited.newUser()
                        ? UserMessage.of("account.user.created", invited.user().username(),
                                invited.user().email().value())
                        : UserMessage.of("account.user.invited", invited.user().username(),
                                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                        .withZone(java.time.ZoneOffset.UTC).format(invited.expiresAt())));
                return "redirect:/accounts/" + id + "/users/" + invited.user().id();
            }
            catch (AccountChangeRefusedException refused) {
                errors.add(refused);
            }
        }
        response.setStatus(errors.status());
        return form(id, user, model, form, lines, errors);
    }

    private String form(AccountId id, CurrentUser user, Model model, InviteForm form,
                        @org.jspecify.annotations.Nullable List<RightsInput.TypedRight> lines, FormErrors errors) {
        AccountRole role = header.add(model, user, id);
        List<SubAccount> open = subAccounts.ofAccount(id).stream()
                .filter(s -> s.status() == SubAccount.Status.ACTIVE || s.status() == SubAccount.Status.PENDING_APPROVAL)
                .toList();
        java.util.Set<String> editable = role != null && role.isOwner() ? null
                : RightsGrid.editableBy(rights.of(id, user.id()).stream().map(Right::spec).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("grid", RightsGrid.of(open, identifiers.ofAccount(id), lines == null ? List.of() : lines,
                lines != null, editable));
        model.addAttribute("mayInviteProxy", role == AccountRole.OWNER);
        return "account/user-invite";
    }
}
