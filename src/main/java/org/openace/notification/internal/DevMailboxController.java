package org.openace.notification.internal;

import java.util.UUID;

import org.openace.platform.web.PublicEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The developer mailbox page: exists only when {@code openace.mail.dev-mailbox} is on (the demo profile), so that
 * a newcomer can read sign-in codes and links without a mail server.
 */
@Controller
@RequestMapping("/dev/mailbox")
@ConditionalOnBooleanProperty("openace.mail.dev-mailbox")
@PublicEndpoint
class DevMailboxController {

    private final DevMailbox mailbox;

    DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping
    String inbox(Model model) {
        model.addAttribute("messages", mailbox.latest(100));
        return "notification/mailbox";
    }

    @GetMapping("/{id}")
    String message(@PathVariable UUID id, Model model) {
        model.addAttribute("message", mailbox.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such message")));
        return "notification/mailbox-message";
    }

    @PostMapping("/clear")
    String clear() {
        mailbox.clear();
        return "redirect:/dev/mailbox";
    }
}
