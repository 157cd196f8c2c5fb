package org.openace.identity.settings;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.factor.Passkeys;
import org.openace.identity.factor.RecoveryCodes;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.SecondFactorKind;
import org.openace.platform.web.SignedInUser;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My sign-in and security": the user's own profile and factors, the preferred second factor, passkeys and
 * recovery codes.
 */
@Controller
@RequestMapping("/account/security")
@SignedInUser
class SecuritySettingsController {

    private final PortalUsers users;
    private final Passkeys passkeys;
    private final RecoveryCodes recoveryCodes;
    private final Reauthentication reauthentication;
    private final AuditTrail audit;

    SecuritySettingsController(PortalUsers users, Passkeys passkeys, RecoveryCodes recoveryCodes,
                               Reauthentication reauthentication, AuditTrail audit) {
        this.users = users;
        this.passkeys = passkeys;
        this.recoveryCodes = recoveryCodes;
        this.reauthentication = reauthentication;
        this.audit = audit;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "security";
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser principal,
                    @RequestParam(name = "authenticator", required = false) String authenticator, Model model) {
        if ("added".equals(authenticator)) {
            model.addAttribute("success", UserMessage.of("identity.authenticator.set-up"));
        }
        PortalUser user = users.findById(principal.id()).orElseThrow();
        List<Passkeys.Passkey> keys = passkeys.list(user.username());
        model.addAttribute("user", user);
        model.addAttribute("passkeys", keys);
        model.addAttribute("recoveryCodesLeft", recoveryCodes.remaining(user.id()));
        model.addAttribute("preferred", user.preferredFactor().name());
        model.addAttribute("choices", choices(user, !keys.isEmpty()));
        return "identity/settings/overview";
    }

    @PostMapping("/preferred-factor")
    String prefer(@AuthenticationPrincipal CurrentUser principal, @RequestParam(defaultValue = "") String factor,
                  RedirectAttributes redirect) {
        PortalUser user = users.findByIdForUpdate(principal.id()).orElseThrow();
        boolean hasPasskey = passkeys.count(user.username()) > 0;
        if (!choices(user, hasPasskey).contains(factor)) {
            redirect.addFlashAttribute("error", UserMessage.of("identity.factor.choose"));
            return "redirect:/account/security";
        }
        user.preferFactor(SecondFactorKind.valueOf(factor));
        users.update(user);
        audit.record(AuditRecord.of("PREFERRED_FACTOR_CHANGED", AuditOutcome.SUCCESS).object("USER", user.id())
                .detail("factor", factor));
        redirect.addFlashAttribute("success", UserMessage.of("identity.factor.saved"));
        return "redirect:/account/security";
    }

    @PostMapping("/recovery-codes")
    String renewRecoveryCodes(@AuthenticationPrincipal CurrentUser principal,
                              @RequestParam(defaultValue = "") String currentPassword, HttpServletRequest request,
                              HttpServletResponse response, Model model, RedirectAttributes redirect) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        if (!reauthentication.confirm(user, currentPassword, "RECOVERY_CODES", request)) {
            redirect.addFlashAttribute("error", UserMessage.of("identity.recovery-codes.wrong-password"));
            return "redirect:/account/security";
        }
        List<String> codes = recoveryCodes.renew(user.id());
        audit.record(AuditRecord.of("RECOVERY_CODES_RENEWED", AuditOutcome.SUCCESS).object("USER", user.id())
                .detail("count", codes.size()));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("codes", codes);
        return "identity/settings/recovery-codes";
    }

    @GetMapping("/passkeys/added")
    String passkeyAdded(RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", UserMessage.of("identity.passkey.saved"));
        return "redirect:/account/security";
    }

    @PostMapping("/passkeys/{credentialId}/remove")
    String removePasskey(@AuthenticationPrincipal CurrentUser principal, @PathVariable String credentialId,
                         @RequestParam(defaultValue = "") String currentPassword, HttpServletRequest request,
                         RedirectAttributes redirect) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        if (!reauthentication.confirm(user, currentPassword, "REMOVE_PASSKEY", request)) {
            redirect.addFlashAttribute("error", UserMessage.of("identity.passkey.remove.wrong-password"));
            return "redirect:/account/security";
        }
        if (!passkeys.remove(user.username(), credentialId)) {
            redirect.addFlashAttribute("error", UserMessage.of("identity.passkey.unknown"));
            return "redirect:/account/security";
        }
        PortalUser current = users.findByIdForUpdate(user.id()).orElseThrow();
        if (current.preferredFactor() == SecondFactorKind.PASSKEY && passkeys.count(user.username()) == 0) {
            current.preferFactor(current.hasTotp() ? SecondFactorKind.TOTP : SecondFactorKind.EMAIL_CODE);
            users.update(current);
        }
        audit.record(AuditRecord.of("PASSKEY_REMOVED", AuditOutcome.SUCCESS).object("USER", user.id()));
        redirect.addFlashAttribute("success", UserMessage.of("identity.passkey.removed"));
        return "redirect:/account/security";
    }

    private static List<String> choices(PortalUser user, boolean hasPasskey) {
        List<String> choices = new java.util.ArrayList<>(List.of(SecondFactorKind.EMAIL_CODE.name()));
        if (user.hasTotp()) {
            choices.add(SecondFactorKind.TOTP.name());
        }
        if (hasPasskey) {
            choices.add(SecondFactorKind.PASSKEY.name());
        }
        return choices;
    }
}
