package org.openace.account.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.FieldProblem;
import org.springframework.validation.BindingResult;

/**
 * What is wrong with a submitted form, for the page: each field's first problem (shown by the field, linked from the
 * error summary) and a message for the whole form, with the HTTP status of the answer.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private @Nullable String message;
    private int status = 400;

    public static FormErrors none() {
        return new FormErrors();
    }

    /** One problem about one field. */
    public static FormErrors field(String field, String message) {
        FormErrors errors = new FormErrors();
        errors.byField.put(field, message);
        errors.message = "Check the form.";
        return errors;
    }

    /** The binder's own problems (values that could not be bound, sizes beyond the limits). */
    public static FormErrors of(BindingResult binding) {
        FormErrors errors = new FormErrors();
        binding.getFieldErrors().forEach(e -> errors.byField.putIfAbsent(e.getField(),
                e.getDefaultMessage() == null ? "Check this field." : e.getDefaultMessage()));
        binding.getGlobalErrors().forEach(e -> errors.message = e.getDefaultMessage());
        if (binding.hasErrors() && errors.message == null) {
            errors.message = "Check the form.";
        }
        return errors;
    }

    /** A refusal of the change: its field problems, or its message for the whole form. */
    public FormErrors add(AccountChangeRefusedException refused) {
        for (FieldProblem problem : refused.fields()) {
            byField.putIfAbsent(problem.field(), problem.message());
        }
        message = refused.fields().isEmpty() ? refused.getMessage() : "Check the form.";
        status = refused.kind().status();
        return this;
    }

    public FormErrors message(String text, int httpStatus) {
        message = text;
        status = httpStatus;
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && message == null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public @Nullable String of(String field) {
        return byField.get(field);
    }

    /** Whether any field of a rights row ({@code rights[i].…}) has a problem. */
    public boolean row(int index) {
        String prefix = "rights[" + index + "].";
        return byField.keySet().stream().anyMatch(f -> f.startsWith(prefix));
    }

    public @Nullable String message() {
        return message;
    }

    /** Every field problem, in order, for the error summary. */
    public List<FieldProblem> problems() {
        List<FieldProblem> all = new ArrayList<>();
        byField.forEach((field, text) -> all.add(new FieldProblem(field, text)));
        return all;
    }

    public int status() {
        return status;
    }
}
