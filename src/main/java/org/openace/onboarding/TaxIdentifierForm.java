package org.openace.onboarding;

import java.io.Serial;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.privacy.TaxIdentifier;
import org.springframework.validation.Errors;

/**
 * The company's tax identifier, which is also its importer number: its kind and value, in the order the page shows
 * them (the error summary follows it). The value is personal data (unless customs-assigned): it is never written back
 * into a page nor kept in the session; left blank, the saved one of the same kind stays.
 */
record TaxIdentifierForm(@Nullable String kind, @Nullable String value) implements DraftSession.StepForm {

    @Serial
    private static final long serialVersionUID = 1L;

    static TaxIdentifierForm of(AccountApplication application) {
        return new TaxIdentifierForm(application.taxIdentifier().map(t -> t.kind().name()).orElse(""), "");
    }

    Optional<TaxIdentifier.Kind> chosenKind() {
        return Arrays.stream(TaxIdentifier.Kind.values()).filter(k -> k.name().equals(kind)).findFirst();
    }

    /**
     * The identifier to save: the typed one, or the saved one when nothing was typed and the kind is the same.
     * Errors go to {@code errors}.
     */
    Optional<TaxIdentifier> validate(Errors errors, Optional<TaxIdentifier> saved) {
        Optional<TaxIdentifier.Kind> chosen = chosenKind();
        if (chosen.isEmpty()) {
            errors.rejectValue("kind", "required", "Choose the kind of tax identifier");
            if (FormRules.isBlank(value)) {
                errors.rejectValue("value", "required", "Enter the number");
            }
            return Optional.empty();
        }
        if (FormRules.isBlank(value)) {
            if (saved.isPresent() && saved.get().kind() == chosen.get()) {
                return saved;
            }
            errors.rejectValue("value", "required", "Enter the " + org.openace.platform.Sentences.inSentence(chosen.get().title()));
            return Optional.empty();
        }
        // an EIN is asked for as CBP knows the importer: the IRS number and its 2-character suffix, never completed here
        boolean einWithoutSuffix = chosen.get() == TaxIdentifier.Kind.EIN
                && value.replaceAll("[\\s-]", "").length() != 11;
        Optional<TaxIdentifier> parsed = value.length() > 20 || einWithoutSuffix ? Optional.empty()
                : TaxIdentifier.parse(chosen.get(), value);
        if (parsed.isEmpty()) {
            errors.rejectValue("value", "format", hint(chosen.get()));
        }
        return parsed;
    }

    static String hint(TaxIdentifier.Kind kind) {
        return switch (kind) {
            case EIN -> "Enter the employer identification number with its 2-character suffix, for example 12-3456789AB (usually 00)";
            case SSN -> "Enter the Social Security number as 9 digits, for example 123-45-6789";
            case CBP_ASSIGNED -> "Enter the customs-assigned number, for example 251234-AB123";
        };
    }

    @Override
    public TaxIdentifierForm withoutPersonalData() {
        return new TaxIdentifierForm(kind, "");
    }

    @Override
    public String toString() {
        return "TaxIdentifierForm[" + kind + "]";
    }
}
