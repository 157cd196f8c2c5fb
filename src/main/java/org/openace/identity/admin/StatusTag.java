package org.openace.identity.admin;

import org.openace.identity.user.UserStatus;

/** How a user's status is shown: a word and the tag style. */
record StatusTag(String label, String cssClass) {

    static StatusTag of(UserStatus status) {
        return switch (status) {
            case ACTIVE -> new StatusTag("Active", "usa-tag usa-tag--success");
            case DISABLED -> new StatusTag("Disabled (inactive)", "usa-tag usa-tag--warning");
            case DEACTIVATED -> new StatusTag("Deactivated", "usa-tag usa-tag--error");
        };
    }
}
