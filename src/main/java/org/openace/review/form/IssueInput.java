package org.openace.review.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.review.form.FormKind.Notice;

/**
 * What an officer types to issue a form, as typed (the page's fields and the API's, by the same names), and its
 * check: each wrong field with a sentence saying what is expected, or the values to issue.
 */
public record IssueInput(@Nullable String notice, @Nullable String subject, @Nullable String body,
                         @Nullable String entryChange, @Nullable String dueOn) {

    static final int BODY_MAX = 8000;
    static final int CHANGE_MAX = 4000;
    /** The furthest a due date may be set: a year (a longer one is a typing slip). */
    static final int DUE_MAX_DAYS = 365;

    /** The checked values. */
    public record Checked(Notice notice, FormSubject subject, String body, @Nullable String entryChange,
                          @Nullable LocalDate dueOn) {
    }

    /** The values, or the errors by field name (empty when there are none). */
    public Map<String, String> errors(FormKind kind, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(kind, today, errors);
        return errors;
    }

    public Checked checked(FormKind kind, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Checked checked = check(kind, today, errors);
        if (checked == null) {
            throw new IllegalArgumentException("Not a valid form: " + errors);
        }
        return checked;
    }

    private @Nullable Checked check(FormKind kind, LocalDate today, Map<String, String> errors) {
        Notice checkedNotice = Notice.NONE;
        if (!kind.notices().isEmpty()) {
            checkedNotice = kind.notices().stream().filter(n -> n.name().equalsIgnoreCase(strip(notice)))
                    .findFirst().orElse(null);
            if (checkedNotice == null) {
                errors.put("notice", "Choose the kind of notice: " + String.join(" or ",
                        kind.notices().stream().map(n -> n.title().toLowerCase(Locale.ROOT)).toList()) + ".");
            }
        }
        FormSubject checkedSubject = java.util.Arrays.stream(FormSubject.values())
                .filter(s -> s.name().equalsIgnoreCase(strip(subject))).findFirst().orElse(null);
        if (checkedSubject == null) {
            errors.put("subject", "Choose what the form is about.");
        }
        String text = strip(body);
        if (text.isEmpty()) {
            errors.put("body", kind == FormKind.CF28 ? "Write the questions the importer is to answer."
                    : "Write what the notice tells the importer.");
        }
        else if (text.length() > BODY_MAX) {
            errors.put("body", "Write at most " + BODY_MAX + " characters.");
        }
        String change = strip(entryChange);
        if (kind == FormKind.CF29 && change.isEmpty()) {
            errors.put("entryChange", "Say what changes on the entry (for example the classification, value or "
                    + "rate and the duty that follows).");
        }
        else if (change.length() > CHANGE_MAX) {
            errors.put("entryChange", "Write at most " + CHANGE_MAX + " characters.");
        }
        LocalDate due = null;
        String typedDue = strip(dueOn);
        boolean asks = checkedNotice == null || kind.asksAnswer(checkedNotice);
        if (!typedDue.isEmpty() && asks) {
            try {
                due = typedDue.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(typedDue) : null;
            }
            catch (DateTimeException e) {
                due = null;
            }
            if (due == null) {
                errors.put("dueOn", "Give the date as YYYY-MM-DD, or leave it empty for the usual "
                        + kind.answerDays() + " days.");
            }
            else if (!due.isAfter(today) || due.isAfter(today.plusDays(DUE_MAX_DAYS))) {
                errors.put("dueOn", "The due date must be after today and within a year.");
                due = null;
            }
        }
        if (!errors.isEmpty() || checkedNotice == null || checkedSubject == null) {
            return null;
        }
        return new Checked(checkedNotice, checkedSubject, text, change.isEmpty() ? null : change, due);
    }

    private static String strip(@Nullable String typed) {
        return typed == null ? "" : typed.strip();
    }
}
