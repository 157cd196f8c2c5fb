package org.openace.onboarding;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.privacy.RevealReason;
import org.springframework.validation.Errors;

/**
 * What a customs officer gives to see a masked identifier of an application in full: which one (the only one is
 * {@code TAX_IDENTIFIER}, which is also the importer number), why, and an optional note.
 */
record RevealForm(@Nullable String field, @Nullable String reason, @Nullable String note) {

    static final String TAX_IDENTIFIER = "TAX_IDENTIFIER";
    static final int MAX_NOTE = 200;

    static RevealForm empty() {
        return new RevealForm(TAX_IDENTIFIER, "", "");
    }

    Optional<RevealReason> chosenReason() {
        return Arrays.stream(RevealReason.values()).filter(r -> r.name().equals(reason)).findFirst();
    }

    void check(Errors errors) {
        if (chosenReason().isEmpty()) {
            errors.rejectValue("reason", "required", "Choose why you need to see the full number");
        }
        if (note != null && (note.length() > MAX_NOTE || !Texts.isOneLine(note))) {
            errors.rejectValue("note", "format", "Write the note on one line, in 200 characters or fewer");
        }
    }

    String cleanNote() {
        return note == null ? "" : note.strip();
    }
}
