package org.openace.site.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openace.site.notice.NoticeSeverity;
import org.springframework.format.annotation.DateTimeFormat;

/** What an administrator types to post a site notice. Times are in UTC. */
record NoticeForm(
        @NotBlank(message = "Enter a headline") @Size(max = 200, message = "Keep the headline under 200 characters")
        @Nullable String headline,
        @NotBlank(message = "Enter the text of the notice") @Size(max = 2000, message = "Keep the text under 2,000 characters")
        @Nullable String body,
        @NotNull(message = "Choose how the notice is shown") @Nullable NoticeSeverity severity,
        @NotNull(message = "Enter when the notice starts showing")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
        @NotNull(message = "Enter when the notice stops showing")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime endsAt) {

    static NoticeForm empty() {
        return new NoticeForm("", "", NoticeSeverity.INFO, null, null);
    }

    boolean isPeriodInOrder() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }
}
