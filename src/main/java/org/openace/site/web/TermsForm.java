package org.openace.site.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new version of the Terms and Conditions. */
record TermsForm(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "Keep the title under 200 characters")
        @Nullable String title,
        @NotBlank(message = "Enter the text of the terms") @Size(max = 100_000, message = "Keep the text under 100,000 characters")
        @Nullable String body) {
}
