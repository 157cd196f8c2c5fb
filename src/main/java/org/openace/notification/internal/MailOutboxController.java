package org.openace.notification.internal;

import java.util.UUID;

import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators (the rule for {@code /admin/**}) see the e-mail that has not gone out, failed first, and have a
 * message tried again. The page shows the kind of each message and a masked address, never a subject or a text.
 */
@Controller
@RequestMapping("/admin/mail")
@RoleRequired("ADMINISTRATOR")
class MailOutboxController {

    static final int SHOWN = 200;

    private final MailOutbox outbox;
    private final RequeueMail requeue;

    MailOutboxController(MailOutbox outbox, RequeueMail requeue) {
        this.outbox = outbox;
        this.requeue = requeue;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "mail";
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("messages", outbox.unsent(SHOWN));
        model.addAttribute("failedCount", outbox.count(MailOutbox.Status.FAILED));
        model.addAttribute("pendingCount", outbox.count(MailOutbox.Status.PENDING));
        model.addAttribute("shown", SHOWN);
        return "notification/outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        if (requeue.requeue(id)) {
            redirect.addFlashAttribute("success", UserMessage.of("notification.mail.retrying"));
        }
        else {
            redirect.addFlashAttribute("error", UserMessage.of("notification.mail.unknown"));
        }
        return "redirect:/admin/mail";
    }
}
