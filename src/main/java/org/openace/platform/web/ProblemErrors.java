package org.openace.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The {@code errors} member of an API's problem document for values refused by a binding check: one object per
 * error, with the {@code field} where the error is a field's and the {@code message} as the form would show it.
 */
public final class ProblemErrors {

    private ProblemErrors() {
    }

    public static List<Map<String, String>> of(List<ObjectError> all) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ObjectError error : all) {
            Map<String, String> item = new LinkedHashMap<>();
            if (error instanceof FieldError field) {
                item.put("field", field.getField());
            }
            item.put("message", error.getDefaultMessage());
            errors.add(item);
        }
        return errors;
    }
}
