package org.openace.identity.settings;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.factor.AuthenticatorApps;
import org.openace.identity.factor.RecoveryCodes;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.platform.web.SignedInUser;
import org.openace.platform.web.UserMessage;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting up an authenticator app: a new secret (kept encrypted in the session until confirmed) shown as a QR code
 * and as text, confirmed by a code from the app; the user then gets recovery codes if they had none. Removing the
 * app asks for the password.
 */
@Controller
@RequestMapping("/account/security/authenticator")
@SignedInUser
class AuthenticatorAppController {

    static final String PENDING = AuthenticatorAppController.class.getName() + ".pending";

    private final PortalUsers users;
    private final AuthenticatorApps apps;
    private final RecoveryCodes recoveryCodes;
    private final Reauthentication reauthentication;
    private final AuditTrail audit;

    AuthenticatorAppController(PortalUsers users, AuthenticatorApps apps, RecoveryCodes recoveryCodes,
                               Reauthentication reauthentication, AuditTrail audit) {
        this.users = users;
        this.apps = apps;
        this.recoveryCodes = recoveryCodes;
        this.reauthentication = reauthentication;
        this.audit = audit;
    }

    @GetMapping
    String start(@AuthenticationPrincipal CurrentUser principal, HttpSession session, Model model) {
        byte[] pending = (byte[]) session.getAttribute(PENDING);
        if (pending == null) {
            pending = apps.newPendingSecret(principal.id());
            session.setAttribute(PENDING, pending);
        }
        return page(principal, pending, model);
    }

    @GetMapping(value = "/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(@AuthenticationPrincipal CurrentUser principal, HttpSession session) {
        byte[] pending = (byte[]) session.getAttribute(PENDING);
        if (pending == null) {
            return ResponseEntity.notFound().build();
        }
        String uri = apps.provisioningUri(principal.username(), apps.pendingSecretText(principal.id(), pending));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.valueOf("image/svg+xml")).body(QrCodeSvg.of(uri));
    }

    @PostMapping
    String confirm(@AuthenticationPrincipal CurrentUser principal, @RequestParam(defaultValue = "") String code,
                   HttpSession session, HttpServletResponse response, Model model) {
        byte[] pending = (byte[]) session.getAttribute(PENDING);
        if (pending == null) {
            return "redirect:/account/security/authenticator";
        }
        if (!apps.confirm(principal.id(), pending, code)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("codeError", "The code is not right. Enter the 6 digits your app shows now for OpenACE.");
            return page(principal, pending, model);
        }
        session.removeAttribute(PENDING);
        audit.record(AuditRecord.of("AUTHENTICATOR_APP_ADDED", AuditOutcome.SUCCESS).object("USER", principal.id()));
        model.addAttribute("navSection", "security");
        if (recoveryCodes.remaining(principal.id()) == 0) {
            List<String> codes = recoveryCodes.renew(principal.id());
            audit.record(AuditRecord.of("RECOVERY_CODES_RENEWED", AuditOutcome.SUCCESS).object("USER", principal.id())
                    .detail("count", codes.size()));
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("codes", codes);
            model.addAttribute("afterAuthenticator", true);
            return "identity/settings/recovery-codes";
        }
        return "redirect:/account/security?authenticator=added";
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal CurrentUser principal, @RequestParam(defaultValue = "") String currentPassword,
                  HttpServletRequest request, RedirectAttributes redirect) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        if (!user.hasTotp()) {
            redirect.addFlashAttribute("error", UserMessage.of("identity.authenticator.none"));
            return "redirect:/account/security";
        }
        if (!reauthentication.confirm(user, currentPassword, "REMOVE_AUTHENTICATOR", request)) {
            redirect.addFlashAttribute("error", UserMessage.of("identity.authenticator.remove.wrong-password"));
            return "redirect:/account/security";
        }
        apps.remove(user.id());
        audit.record(AuditRecord.of("AUTHENTICATOR_APP_REMOVED", AuditOutcome.SUCCESS).object("USER", user.id()));
        redirect.addFlashAttribute("success", UserMessage.of("identity.authenticator.removed"));
        return "redirect:/account/security";
    }

    private String page(CurrentUser principal, byte[] pending, Model model) {
        String secret = apps.pendingSecretText(principal.id(), pending);
        model.addAttribute("navSection", "security");
        model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
        return "identity/settings/authenticator";
    }
}
