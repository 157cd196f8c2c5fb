package org.openace.filing.validation;

/**
 * A broken validation rule: its stable code (e.g. {@code E401_MPF_AMOUNT}), the field it is about (e.g.
 * {@code lines[2].ordinals[1].duty}) and a plain message naming the field. Never carries an importer number.
 */
public record RuleViolation(String code, String field, String message) {
}
