package org.openace.account.mine;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.PathIds;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Trade accounts": the accounts the user belongs to (choosing one opens it; the account is in the address), the
 * invitations to answer, and the accounts whose data they reach through grants. The invitation's account travels in
 * the form, not the address: the user is not a member yet, and only the invited user can answer.
 */
@Controller
@RoleRequired("TRADE")
class MyAccountsController {

    private final MyAccounts myAccounts;
    private final AnswerInvitation answer;

    MyAccountsController(MyAccounts myAccounts, AnswerInvitation answer) {
        this.myAccounts = myAccounts;
        this.answer = answer;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "accounts";
    }

    @GetMapping("/accounts")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("overview", myAccounts.of(user.id()));
        model.addAttribute("edit", AccessLevel.EDIT);
        return "account/accounts";
    }

    @PostMapping("/accounts/invitations/accept")
    String accept(@RequestParam(name = "account", required = false) @Nullable String account,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccountId id = invitation(account);
        try {
            answer.accept(user, id);
        }
        catch (AccountChangeRefusedException refused) {
            response.setStatus(refused.kind().status());
            model.addAttribute("error", refused.getMessage());
            return list(user, model);
        }
        redirect.addFlashAttribute("success", UserMessage.of("account.invitation.accepted"));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/invitations/decline")
    String decline(@RequestParam(name = "account", required = false) @Nullable String account,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        answer.decline(user, invitation(account));
        redirect.addFlashAttribute("success", UserMessage.of("account.invitation.declined"));
        return "redirect:/accounts";
    }

    private static AccountId invitation(@Nullable String account) {
        return Optional.ofNullable(account).map(PathIds::account).orElseThrow(AccountDataNotFoundException::new);
    }
}
