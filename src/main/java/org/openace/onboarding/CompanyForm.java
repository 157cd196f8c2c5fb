package org.openace.onboarding;

import java.io.Serial;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openace.account.Address;
import org.springframework.validation.Errors;

/** The company that will own the account. */
record CompanyForm(
        @NotBlank(message = "Enter the company's legal name")
        @Size(max = CompanyDetails.MAX_NAME, message = "Keep the legal name to 200 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String legalName,
        @Size(max = CompanyDetails.MAX_NAME, message = "Keep the name to 200 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String doingBusinessAs,
        @NotBlank(message = "Enter the street address")
        @Size(max = CompanyDetails.MAX_STREET, message = "Keep the street address to 200 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String street,
        @NotBlank(message = "Enter the city")
        @Size(max = CompanyDetails.MAX_CITY, message = "Keep the city to 100 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String city,
        @Size(max = CompanyDetails.MAX_REGION, message = "Keep the state or region to 100 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String region,
        @Size(max = CompanyDetails.MAX_POSTAL_CODE, message = "Keep the postal code to 20 characters or fewer")
        @Pattern(regexp = FormRules.ONE_LINE, message = FormRules.ONE_LINE_MESSAGE) @Nullable String postalCode,
        @NotBlank(message = "Enter the country") @Nullable String country,
        @NotBlank(message = "Enter the company's telephone number") @Nullable String phone)
        implements DraftSession.StepForm {

    @Serial
    private static final long serialVersionUID = 1L;

    static CompanyForm of(AccountApplication application) {
        return application.company().map(c -> new CompanyForm(c.legalName(), c.doingBusinessAs(), c.address().street(),
                        c.address().city(), c.address().region(), c.address().postalCode(), c.address().country(),
                        c.phone().value()))
                .orElse(new CompanyForm("", "", "", "", "", "", "US", ""));
    }

    void check(Errors errors) {
        if (!errors.hasFieldErrors("country") && !FormRules.isCountry(country)) {
            errors.rejectValue("country", "format", "Enter the two-letter ISO country code, for example US or CA");
        }
        if (!errors.hasFieldErrors("phone") && PhoneNumber.parse(phone).isEmpty()) {
            errors.rejectValue("phone", "format", FormRules.PHONE_MESSAGE);
        }
    }

    /** The details, once the form has no errors. */
    CompanyDetails details() {
        return new CompanyDetails(legalName, doingBusinessAs,
                new Address(street.strip(), city.strip(), blankToNull(region), blankToNull(postalCode),
                        country.strip().toUpperCase(Locale.ROOT)),
                PhoneNumber.parse(phone).orElseThrow());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public CompanyForm withoutPersonalData() {
        return this;
    }
}
