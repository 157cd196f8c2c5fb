package org.openace.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openace.identity.EmailAddress;
import org.springframework.validation.Errors;

/** The first step: the Privacy Act statement acknowledged, then who is applying. */
record StartForm(
        @Nullable String privacyAct,
        @NotBlank(message = "Enter your full name")
        @Size(max = Applicant.MAX_NAME, message = "Keep your name to 200 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String name,
        @NotBlank(message = "Enter your e-mail address")
        @Size(max = 254, message = "Keep the e-mail address to 254 characters or fewer") @Nullable String email) {

    static StartForm empty() {
        return new StartForm(null, "", "");
    }

    public boolean acknowledged() {
        return FormRules.YES.equals(privacyAct);
    }

    /** The checks beyond the annotations. */
    void check(Errors errors) {
        if (!acknowledged()) {
            errors.rejectValue("privacyAct", "required",
                    "Confirm that you have read the Privacy Act statement before you give any details");
        }
        if (!errors.hasFieldErrors("email") && EmailAddress.parse(email).isEmpty()) {
            errors.rejectValue("email", "format", FormRules.EMAIL_MESSAGE);
        }
    }

    /** The applicant, once the form has no errors. */
    Applicant applicant() {
        return new Applicant(name, EmailAddress.parse(email).orElseThrow());
    }
}
