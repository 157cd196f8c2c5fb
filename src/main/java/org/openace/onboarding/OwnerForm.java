package org.openace.onboarding;

import java.io.Serial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openace.identity.EmailAddress;
import org.openace.identity.Username;
import org.springframework.validation.Errors;

/** The account owner: the person who will sign in and manage the account, with the user ID they want. */
record OwnerForm(
        @NotBlank(message = "Enter the owner's full name")
        @Size(max = OwnerDetails.MAX_NAME, message = "Keep the name to 200 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String name,
        @NotBlank(message = "Enter the owner's e-mail address")
        @Size(max = 254, message = "Keep the e-mail address to 254 characters or fewer") @Nullable String email,
        @NotBlank(message = "Enter the user ID the owner will sign in with") @Nullable String username)
        implements DraftSession.StepForm {

    @Serial
    private static final long serialVersionUID = 1L;

    static OwnerForm of(AccountApplication application) {
        return application.owner().map(o -> new OwnerForm(o.name(), o.email().value(), o.username().value()))
                .orElse(new OwnerForm(application.applicant().name(), application.applicant().email().value(), ""));
    }

    /** The checks beyond the annotations, except whether the user ID is free (the controller asks). */
    void check(Errors errors) {
        if (!errors.hasFieldErrors("email") && EmailAddress.parse(email).isEmpty()) {
            errors.rejectValue("email", "format", FormRules.EMAIL_MESSAGE);
        }
        if (!errors.hasFieldErrors("username") && Username.parse(username).isEmpty()) {
            errors.rejectValue("username", "format", "A user ID has 3 to 64 letters, digits, dots, hyphens or "
                    + "underscores, and starts with a letter or digit");
        }
    }

    OwnerDetails owner() {
        return new OwnerDetails(name, EmailAddress.parse(email).orElseThrow(), Username.parse(username).orElseThrow());
    }

    @Override
    public OwnerForm withoutPersonalData() {
        return this;
    }
}
