package org.openace.identity.password;

/**
 * Why a password was refused: a stable code (for the API and the tests) and a message for the person.
 *
 * @param code    e.g. {@code PASSWORD_TOO_SHORT}
 * @param message a sentence telling what to do
 */
public record PasswordViolation(String code, String message) {
}
