package org.openace.site.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.site.notice.NoticeSeverity;
import org.openace.site.notice.SiteNotice;
import org.openace.site.notice.SiteNotices;
import org.openace.site.terms.TermsOfUse;
import org.openace.site.terms.TermsVersion;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators post and withdraw site notices and publish new versions of the Terms and Conditions. */
@Controller
@RequestMapping("/admin/site")
@RoleRequired("ADMINISTRATOR")
class SiteAdminController {

    private final SiteNotices notices;
    private final TermsOfUse terms;
    private final AuditTrail audit;
    private final Clock clock;

    SiteAdminController(SiteNotices notices, TermsOfUse terms, AuditTrail audit, Clock clock) {
        this.notices = notices;
        this.terms = terms;
        this.audit = audit;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "site";
    }

    @GetMapping
    String overview(Model model) {
        if (!model.containsAttribute("noticeForm")) {
            model.addAttribute("noticeForm", NoticeForm.empty());
        }
        if (!model.containsAttribute("termsForm")) {
            TermsVersion current = terms.current();
            model.addAttribute("termsForm", new TermsForm(current.title(), current.body()));
        }
        model.addAttribute("notices", notices.all());
        model.addAttribute("severities", NoticeSeverity.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("termsVersions", terms.all());
        return "site/admin";
    }

    @PostMapping("/notices")
    String post(@Valid @ModelAttribute("noticeForm") NoticeForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        if (!form.isPeriodInOrder()) {
            errors.rejectValue("endsAt", "order", "The end must come after the start");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return overview(model);
        }
        Instant now = clock.instant();
        SiteNotice notice = new SiteNotice(UUID.randomUUID(), form.headline().strip(), form.body().strip(),
                form.severity(), form.startsAt().toInstant(ZoneOffset.UTC), form.endsAt().toInstant(ZoneOffset.UTC),
                admin.username(), now, null);
        notices.insert(notice);
        audit.record(AuditRecord.of("SITE_NOTICE_POSTED", AuditOutcome.SUCCESS).object("SITE_NOTICE", notice.id())
                .detail("startsAt", notice.startsAt()).detail("endsAt", notice.endsAt()));
        redirect.addFlashAttribute("success", UserMessage.of("site.notice.posted"));
        return "redirect:/admin/site";
    }

    @PostMapping("/notices/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        if (notices.withdraw(id, clock.instant())) {
            audit.record(AuditRecord.of("SITE_NOTICE_WITHDRAWN", AuditOutcome.SUCCESS).object("SITE_NOTICE", id));
            redirect.addFlashAttribute("success", UserMessage.of("site.notice.withdrawn"));
        }
        else {
            redirect.addFlashAttribute("error", UserMessage.of("site.notice.unknown"));
        }
        return "redirect:/admin/site";
    }

    @PostMapping("/terms")
    String publish(@Valid @ModelAttribute("termsForm") TermsForm form, BindingResult errors,
                   @AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return overview(model);
        }
        TermsVersion published = terms.publish(form.title().strip(), form.body().strip(), admin.username());
        audit.record(AuditRecord.of("TERMS_PUBLISHED", AuditOutcome.SUCCESS).object("TERMS", published.version()));
        redirect.addFlashAttribute("success", UserMessage.of("site.terms.published",
                String.valueOf(published.version())));
        return "redirect:/admin/site";
    }
}
