package org.openace.onboarding;

import java.io.Serial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openace.identity.EmailAddress;
import org.springframework.validation.Errors;

/** The company officer: a contact who answers for the company but does not sign in. */
record OfficerForm(
        @NotBlank(message = "Enter the officer's full name")
        @Size(max = ContactPerson.MAX_NAME, message = "Keep the name to 200 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String name,
        @NotBlank(message = "Enter the officer's title, for example President or Chief Financial Officer")
        @Size(max = ContactPerson.MAX_TITLE, message = "Keep the title to 100 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String title,
        @NotBlank(message = "Enter the officer's e-mail address")
        @Size(max = 254, message = "Keep the e-mail address to 254 characters or fewer") @Nullable String email,
        @NotBlank(message = "Enter the officer's telephone number") @Nullable String phone)
        implements DraftSession.StepForm {

    @Serial
    private static final long serialVersionUID = 1L;

    static OfficerForm of(AccountApplication application) {
        return application.companyOfficer().map(o -> new OfficerForm(o.name(), o.title(), o.email().value(),
                o.phone() == null ? "" : o.phone().value())).orElse(new OfficerForm("", "", "", ""));
    }

    void check(Errors errors) {
        if (!errors.hasFieldErrors("email") && EmailAddress.parse(email).isEmpty()) {
            errors.rejectValue("email", "format", FormRules.EMAIL_MESSAGE);
        }
        if (!errors.hasFieldErrors("phone") && PhoneNumber.parse(phone).isEmpty()) {
            errors.rejectValue("phone", "format", FormRules.PHONE_MESSAGE);
        }
    }

    ContactPerson officer() {
        return new ContactPerson(name, title, EmailAddress.parse(email).orElseThrow(),
                PhoneNumber.parse(phone).orElseThrow());
    }

    @Override
    public OfficerForm withoutPersonalData() {
        return this;
    }
}
