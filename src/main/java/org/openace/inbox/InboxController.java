package org.openace.inbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.SignedInUser;
import org.openace.platform.web.UserMessage;
import org.openace.review.FormStates;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's notifications ({@value #PAGE} a page, unread first; filtered by unread and kind; a CBP form's
 * answer state read live from the review module), marked read one by one or all at once, the unread count and the newest
 * unread as JSON, and the e-mail settings: per kind, none, at once or in the
 * daily digest. A user reaches only their own notifications: another user's id, or a malformed one, is 404.
 */
@Controller
@SignedInUser
class InboxController {

    static final int PAGE = 50;

    /** A notification as the page shows it, with the live answer state of its form. */
    record Shown(Notifications.Notification notification, FormStates.@Nullable FormState form) {
    }

    /** The unread count and the newest unread, for scripts (no personal data, as in the page). */
    record Unread(long unread, List<UnreadItem> latest) {
    }

    record UnreadItem(String id, String kind, String text, String link, String at) {
    }

    private final Notifications notifications;
    private final MailPreferences preferences;
    private final FormStates forms;

    InboxController(Notifications notifications, MailPreferences preferences, FormStates forms) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.forms = forms;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "notifications";
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(required = false) @Nullable String show,
                 @RequestParam(required = false) @Nullable String kind,
                 @RequestParam(required = false, defaultValue = "0") int page,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        boolean unreadOnly = "unread".equals(show);
        NotificationKind chosen = kind == null ? null : NotificationKind.of(kind).orElse(null);
        int from = Math.max(0, Math.min(page, 10_000)) * PAGE;
        List<Notifications.Notification> found = notifications.list(user.id(),
                new Notifications.Filter(unreadOnly, chosen), from, PAGE + 1);
        List<Notifications.Notification> shown = found.size() > PAGE ? found.subList(0, PAGE) : found;
        Map<String, FormStates.FormState> states = forms.of(shown.stream()
                .map(Notifications.Notification::actionNumber).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("notifications", shown.stream()
                .map(n -> new Shown(n, n.actionNumber() == null ? null : states.get(n.actionNumber()))).toList());
        model.addAttribute("unreadCount", notifications.unread(user.id()));
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("kind", chosen == null ? "" : chosen.name());
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("page", from / PAGE);
        model.addAttribute("hasNext", found.size() > PAGE);
        return "inbox/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable String id, @RequestParam(required = false) @Nullable String open,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        UUID notification = uuid(id).orElseThrow(UnknownNotificationException::new);
        String link = notifications.linkOf(user.id(), notification).orElseThrow(UnknownNotificationException::new);
        notifications.markRead(user.id(), notification);
        if (open != null) {
            return "redirect:" + link;
        }
        redirect.addFlashAttribute("success", UserMessage.of("inbox.read"));
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(user.id());
        redirect.addFlashAttribute("success", UserMessage.of("inbox.all-read", marked));
        return "redirect:/notifications";
    }

    @GetMapping(value = "/notifications/unread", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Unread unread(@AuthenticationPrincipal CurrentUser user) {
        List<UnreadItem> latest = notifications.list(user.id(), new Notifications.Filter(true, null), 0, 10)
                .stream().map(n -> new UnreadItem(n.id().toString(), n.kind().name(), n.sentence(), n.link(),
                        n.createdAt().toString())).toList();
        return new Unread(notifications.unread(user.id()), latest);
    }

    @GetMapping("/notifications/settings")
    String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
        return settingsPage(preferences.of(user.id()), Map.of(), model);
    }

    @PostMapping("/notifications/settings")
    String saveSettings(@RequestParam Map<String, String> fields, @AuthenticationPrincipal CurrentUser user,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<NotificationKind, MailDelivery> choices = new EnumMap<>(NotificationKind.class);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<NotificationKind, MailDelivery> current = preferences.of(user.id());
        for (NotificationKind kind : NotificationKind.values()) {
            String typed = fields.get(kind.name());
            Optional<MailDelivery> delivery = typed == null ? Optional.empty() : MailDelivery.of(typed);
            if (delivery.isEmpty()) {
                errors.put(kind.name(), kind.title() + ": choose no e-mail, an e-mail at once or the daily digest.");
                choices.put(kind, current.get(kind));
            }
            else {
                choices.put(kind, delivery.get());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return settingsPage(choices, errors, model);
        }
        List<NotificationKind> changed = preferences.save(user.id(), choices,
                AuditActor.user(user.userId(), user.username()));
        redirect.addFlashAttribute("success", UserMessage.of(changed.isEmpty() ? "inbox.settings.unchanged"
                : "inbox.settings.saved"));
        return "redirect:/notifications/settings";
    }

    private String settingsPage(Map<NotificationKind, MailDelivery> choices, Map<String, String> errors, Model model) {
        List<Map.Entry<NotificationKind, MailDelivery>> rows = new ArrayList<>(choices.entrySet());
        model.addAttribute("choices", rows);
        model.addAttribute("deliveries", MailDelivery.values());
        model.addAttribute("errors", errors);
        return "inbox/settings";
    }

    private static Optional<UUID> uuid(String text) {
        if (text == null || !text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }
}
