package org.openace.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A customs officer's reasons for returning an application to the applicant. */
record ReturnForm(
        @NotBlank(message = "Enter the reasons: the applicant reads them and corrects the application")
        @Size(min = AccountApplication.MIN_REASON, max = AccountApplication.MAX_REASON,
                message = "Write the reasons in 10 to 2,000 characters")
        @Pattern(regexp = FormRules.PARAGRAPHS, message = "Use letters, digits, punctuation and line breaks only")
        @Nullable String reason) {

    static ReturnForm empty() {
        return new ReturnForm("");
    }
}
