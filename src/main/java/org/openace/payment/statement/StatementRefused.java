package org.openace.payment.statement;

/** Statements cannot be prepared as asked; the message says why, for the person who asked. */
final class StatementRefused extends RuntimeException {

    StatementRefused(String message) {
        super(message);
    }
}
