package org.openace.platform.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * A value that could not be converted (Spring's {@code typeMismatch}) as a field error whose message is the one of
 * the message bundle for the field's type ({@code typeMismatch.java.time.LocalDate=Enter a date, ...}), instead of
 * the converter's technical text, so that pages that show an error's default message show words a user can act on.
 */
final class ReadableBindingErrors extends DefaultBindingErrorProcessor {

    static final String FALLBACK = "This value is not in the expected form.";
    /** The code of the message for a value that is none of an enumeration's (a radio button or list choice). */
    static final String CHOICE = "typeMismatch.choice";

    private final MessageSource messages;

    ReadableBindingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
        String field = ex.getPropertyName();
        String[] codes = withChoice(result.resolveMessageCodes(ex.getErrorCode(), field), ex);
        Object rejected = ex.getValue();
        if (ObjectUtils.isArray(rejected)) {
            rejected = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(rejected));
        }
        String message = messages.getMessage(new DefaultMessageSourceResolvable(codes, FALLBACK),
                LocaleContextHolder.getLocale());
        FieldError error = new FieldError(result.getObjectName(), field, rejected, true, codes,
                getArgumentsForBindError(result.getObjectName(), field), message);
        error.wrap(ex);
        result.addError(error);
    }

    /** For a choice among an enumeration's values, {@value #CHOICE} just before the last, general code. */
    private static String[] withChoice(String[] codes, PropertyAccessException ex) {
        if (!(ex instanceof TypeMismatchException mismatch) || mismatch.getRequiredType() == null
                || !mismatch.getRequiredType().isEnum() || codes.length == 0) {
            return codes;
        }
        String[] with = new String[codes.length + 1];
        System.arraycopy(codes, 0, with, 0, codes.length - 1);
        with[codes.length - 1] = CHOICE;
        with[codes.length] = codes[codes.length - 1];
        return with;
    }
}
