package org.openace.notification.internal;

/**
 * A message could not be handed over. The message is short, says nothing about the recipient or the content, and is
 * what administrators see as the last error of the message.
 */
class DeliveryFailedException extends RuntimeException {

    DeliveryFailedException(String message) {
        super(message);
    }

    DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
