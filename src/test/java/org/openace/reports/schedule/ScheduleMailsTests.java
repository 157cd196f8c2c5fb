package org.openace.reports.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The e-mails of schedules: which report, its status, its row count and a link; nothing of a run's rows or failure. */
class ScheduleMailsTests {

    private final List<OutgoingMail> sent = new ArrayList<>();
    private final ScheduleMails mails;

    ScheduleMailsTests() {
        PortalLinks links = mock(PortalLinks.class);
        when(links.link(anyString())).thenAnswer(call -> "https://portal.example" + call.getArgument(0));
        mails = new ScheduleMails(sent::add, links);
    }

    @Test
    void aFinishedRunsMailSaysItsRowCountAndLinksToTheRunPage() {
        UUID run = UUID.randomUUID();

        mails.runFinished("owner@openace.test", run, "ES-003 Entry Summary Line Tariff Details", "SUCCEEDED", 12_345L,
                Instant.parse("2026-12-07T06:00:12Z"));

        OutgoingMail mail = sent.getFirst();
        assertThat(mail.kind()).isEqualTo("REPORT_SCHEDULED_RUN");
        assertThat(mail.subject()).isEqualTo("Your scheduled report is ready: ES-003 Entry Summary Line Tariff Details");
        assertThat(mail.body()).contains("12,345 rows").contains("December 7, 2026 at 06:00 UTC")
                .contains("https://portal.example/reports/runs/" + run).contains("Sign in");
    }

    @Test
    void aFailedRunsMailSaysItFailedAndNothingOfWhy() {
        mails.runFinished("owner@openace.test", UUID.randomUUID(), "ES-001 Entry Summary", "FAILED", null,
                Instant.parse("2026-12-07T06:00:12Z"));

        OutgoingMail mail = sent.getFirst();
        assertThat(mail.subject()).isEqualTo("Your scheduled report failed: ES-001 Entry Summary");
        assertThat(mail.body()).contains("failed on December 7, 2026").doesNotContain("rows:")
                .doesNotContain("Exception").doesNotContain("SQL");
    }

    @Test
    void aStoppedSchedulesMailSaysWhyAndWhereToMakeANewOne() {
        mails.stopped("owner@openace.test", "ES-003 Entry Summary Line Tariff Details",
                "Every Monday at 06:00 (America/New_York)",
                "You no longer hold the reports right on any account or sub-account.");

        OutgoingMail mail = sent.getFirst();
        assertThat(mail.kind()).isEqualTo("REPORT_SCHEDULE_STOPPED");
        assertThat(mail.body()).contains("(every Monday at 06:00 (America/New_York)) was stopped")
                .contains("You no longer hold the reports right").contains("https://portal.example/reports/schedules");
    }
}
