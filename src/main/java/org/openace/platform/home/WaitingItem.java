package org.openace.platform.home;

import org.jspecify.annotations.Nullable;

/**
 * One line of the home page's "Waiting for you": a message from the bundle, the number of things waiting and where
 * to deal with them.
 *
 * @param messageKey the text's key in {@code messages.properties}; argument 0 is the count, argument 1 {@code about}
 * @param count      how many things wait (an item with none is not shown)
 * @param link       the portal path where the user deals with them
 * @param about      what they concern (an account's name), or null
 */
public record WaitingItem(String messageKey, long count, String link, @Nullable String about) {

    public WaitingItem {
        if (count < 0) {
            throw new IllegalArgumentException("A count of waiting work is never negative");
        }
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("A waiting item links to a path of the portal");
        }
    }
}
