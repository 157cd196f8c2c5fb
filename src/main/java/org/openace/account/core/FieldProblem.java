package org.openace.account.core;

/**
 * What is wrong with one field of a form or request body.
 *
 * @param field   the field's name as submitted ({@code name}, {@code rights[2].level})
 * @param message what the person is told
 */
public record FieldProblem(String field, String message) {
}
