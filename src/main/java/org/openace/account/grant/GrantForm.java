package org.openace.account.grant;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Offering access (the grantor picks its sub-accounts) or asking for it (the grantee names the functions): the other
 * account's number, what, at which level, and when. Scopes are {@code subAccountId:FUNCTION} pairs.
 */
record GrantForm(
        @NotBlank(message = "Enter the other account's number, for example TA1000123")
        @Size(max = 20, message = "An account number has at most 20 characters") @Nullable String otherAccount,
        @Nullable List<String> scopes,
        @Nullable List<String> functions,
        @NotNull(message = "Choose view or change") @Nullable String level,
        @NotNull(message = "Enter the first day") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
        @NotNull(message = "Enter the last day") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn) {

    static GrantForm empty(LocalDate today) {
        return new GrantForm("", List.of(), List.of(), "VIEW", today, today.plusYears(1));
    }
}
