package org.openace.platform.web;

import java.io.Serializable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A sentence for the user (a {@code success}, {@code info} or {@code error} notice), named by its key in
 * {@code messages.properties} with its arguments; the text is looked up when the page is rendered. Controllers put
 * these in the model or the flash attributes instead of assembling sentences.
 */
public final class UserMessage {

    private UserMessage() {
    }

    /** The message with this key; arguments fill {@code {0}}, {@code {1}}, ... and must be plain values. */
    public static MessageSourceResolvable of(String key, Serializable... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
}
