package org.openace.inbox;

import org.openace.identity.CurrentUser;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count the navigation shows beside "Notifications" ({@code inboxUnread}; null when no one is signed in):
 * one indexed count of the user's own rows per page, left out when the database does not answer.
 */
@ControllerAdvice(annotations = Controller.class)
class InboxNavigationAdvice {

    private final Notifications notifications;

    InboxNavigationAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("inboxUnread")
    @org.jspecify.annotations.Nullable Long inboxUnread() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return null;
        }
        try {
            return notifications.unread(user.id());
        }
        catch (DataAccessException e) {
            return null; // the count is a courtesy: a page (an error page above all) is shown without it
        }
    }
}
