package org.openace.identity.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.factor.AuthenticatorApps;
import org.openace.identity.factor.CodeCheck;
import org.openace.identity.factor.CodePurpose;
import org.openace.identity.factor.EmailCodes;
import org.openace.identity.factor.Passkeys;
import org.openace.identity.factor.RecoveryCodes;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.SecondFactorKind;
import org.openace.identity.web.PasswordVerified;
import org.openace.platform.ClientAddress;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of sign-in: an e-mailed code (the default), a code from an authenticator app, a passkey, or a
 * recovery code. Wrong codes count towards the lockout like wrong passwords.
 */
@Controller
@RequestMapping("/sign-in/verify")
@PasswordVerified
class SecondFactorController {

    private final PortalUsers users;
    private final EmailCodes emailCodes;
    private final SignInCodeMail codeMail;
    private final AuthenticatorApps authenticatorApps;
    private final RecoveryCodes recoveryCodes;
    private final Passkeys passkeys;
    private final Lockout lockout;
    private final SignInCompletion completion;
    private final AuditTrail audit;
    private final SignInMessages messages;

    SecondFactorController(PortalUsers users, EmailCodes emailCodes, SignInCodeMail codeMail,
                           AuthenticatorApps authenticatorApps, RecoveryCodes recoveryCodes, Passkeys passkeys,
                           Lockout lockout, SignInCompletion completion, AuditTrail audit, SignInMessages messages) {
        this.users = users;
        this.emailCodes = emailCodes;
        this.codeMail = codeMail;
        this.authenticatorApps = authenticatorApps;
        this.recoveryCodes = recoveryCodes;
        this.passkeys = passkeys;
        this.lockout = lockout;
        this.completion = completion;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser principal, @RequestParam(required = false) String method,
                HttpSession session, Model model) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        SignInCodeMail.Sent sent = (SignInCodeMail.Sent) session.getAttribute(PasswordStep.CODE_SENT);
        session.removeAttribute(PasswordStep.CODE_SENT);
        if (sent != null) {
            model.addAttribute("notice", noticeFor(sent, user));
        }
        return show(user, chosen(user, method), model);
    }

    @PostMapping("/email/send")
    String sendCode(@AuthenticationPrincipal CurrentUser principal, HttpServletRequest request, Model model) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        model.addAttribute("notice", noticeFor(codeMail.sendTo(user, ClientAddress.of(request)), user));
        return show(user, SecondFactorKind.EMAIL_CODE, model);
    }

    @PostMapping("/email")
    String emailCode(@AuthenticationPrincipal CurrentUser principal, @RequestParam(defaultValue = "") String code,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        CodeCheck check = emailCodes.check(user.id(), CodePurpose.SIGN_IN, code);
        if (check == CodeCheck.ACCEPTED) {
            return succeed(user, SecondFactorKind.EMAIL_CODE, request, response);
        }
        String error = check == CodeCheck.EXPIRED
                ? "This code has expired or was already used. Send a new code."
                : "The code is not right. Check the latest message and enter its 6 digits.";
        return fail(user, SecondFactorKind.EMAIL_CODE, error, request, response, model);
    }

    @PostMapping("/totp")
    String totp(@AuthenticationPrincipal CurrentUser principal, @RequestParam(defaultValue = "") String code,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        if (user.hasTotp() && authenticatorApps.verify(user.id(), code)) {
            return succeed(user, SecondFactorKind.TOTP, request, response);
        }
        return fail(user, SecondFactorKind.TOTP,
                "The code is not right, or was already used. Enter the 6 digits your app shows now.",
                request, response, model);
    }

    @PostMapping("/recovery")
    String recovery(@AuthenticationPrincipal CurrentUser principal, @RequestParam(defaultValue = "") String code,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        PortalUser user = users.findById(principal.id()).orElseThrow();
        if (recoveryCodes.redeem(user.id(), code)) {
            return succeed(user, SecondFactorKind.RECOVERY_CODE, request, response);
        }
        return fail(user, SecondFactorKind.RECOVERY_CODE,
                "This recovery code is not right or was already used. Each code works once.", request, response, model);
    }

    private String succeed(PortalUser user, SecondFactorKind factor, HttpServletRequest request,
                           HttpServletResponse response) {
        audit.record(AuditRecord.of("SIGN_IN_SECOND_FACTOR", AuditOutcome.SUCCESS)
                .actor(AuditActor.user(user.id().value(), user.username().value()))
                .object("USER", user.id()).detail("factor", factor));
        String next = completion.complete(user.id(),
                List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY, factor.authority()), factor, request, response);
        return "redirect:" + next;
    }

    private String fail(PortalUser user, SecondFactorKind factor, String error, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        boolean locked = lockout.recordFailure(user, ClientAddress.of(request));
        audit.record(AuditRecord.of("SIGN_IN_SECOND_FACTOR", AuditOutcome.FAILURE)
                .actor(AuditActor.user(user.id().value(), user.username().value()))
                .object("USER", user.id()).detail("factor", factor).detail("nowLocked", locked));
        if (locked) {
            request.getSession().invalidate();
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return messages.signInPage(model, SignInPageOutcome.SECOND_FACTOR_LOCKED, "");
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("error", error);
        return show(user, factor, model);
    }

    private String show(PortalUser user, SecondFactorKind method, Model model) {
        List<SecondFactorKind> available = new ArrayList<>();
        available.add(SecondFactorKind.EMAIL_CODE);
        if (user.hasTotp()) {
            available.add(SecondFactorKind.TOTP);
        }
        if (passkeys.count(user.username()) > 0) {
            available.add(SecondFactorKind.PASSKEY);
        }
        if (recoveryCodes.remaining(user.id()) > 0) {
            available.add(SecondFactorKind.RECOVERY_CODE);
        }
        model.addAttribute("method", available.contains(method) ? method : SecondFactorKind.EMAIL_CODE);
        model.addAttribute("availableNames", available.stream().map(Enum::name).toList());
        model.addAttribute("maskedEmail", user.email().masked());
        return "identity/sign-in-verify";
    }

    private static SecondFactorKind chosen(PortalUser user, String method) {
        if (method != null) {
            try {
                return SecondFactorKind.valueOf(method.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            catch (IllegalArgumentException ignored) {
                // an unknown method falls back to the user's usual factor
            }
        }
        return user.preferredFactor();
    }

    private static String noticeFor(SignInCodeMail.Sent sent, PortalUser user) {
        return switch (sent) {
            case SENT -> "We sent a 6-digit code to " + user.email().masked() + ". It can be used once, within 10 minutes.";
            case LIMIT_REACHED -> "We have already sent several codes. Use the latest one, or wait 15 minutes before asking for another.";
        };
    }
}
