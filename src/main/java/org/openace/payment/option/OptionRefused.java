package org.openace.payment.option;

/** A payment option change is refused; the message says why, for the person who asked. Nothing was changed. */
final class OptionRefused extends RuntimeException {

    OptionRefused(String message) {
        super(message);
    }
}
