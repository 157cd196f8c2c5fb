package org.openace.inbox;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a notice says and where it links, for the trade and for officers; its id follows from its key alone. */
class NoticeTests {

    @Test
    void theSameKeyIsTheSameIdAndAnotherKeyAnother() {
        assertThat(Notice.idOf("FORM_ISSUED:28-2026-000001:")).isEqualTo(Notice.idOf("FORM_ISSUED:28-2026-000001:"));
        assertThat(Notice.idOf("FORM_ISSUED:28-2026-000001:")).isNotEqualTo(Notice.idOf("FORM_CLOSED:28-2026-000001:"));
    }

    @Test
    void aFormNoticeNamesTheFormAndTheEntryAndLinksToEachSidesPage() {
        Notice notice = Notice.aboutForm("k", NotificationKind.FORM_ISSUED, "28-2026-000001", "CF28", "D3M90000015",
                LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 6));
        assertThat(notice.sentence())
                .isEqualTo("CBP Form 28 28-2026-000001 on entry D3M-9000001-5: issued, answer by 2027-01-06");
        assertThat(notice.link(false)).isEqualTo("/reviews/forms/28-2026-000001");
        assertThat(notice.link(true)).isEqualTo("/officer/reviews/28-2026-000001");
    }

    @Test
    void anEntryNoticeAndAProtestNotice() {
        Notice rejected = Notice.aboutEntry("k", NotificationKind.ENTRY_REJECTED, "D3M90000015",
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9));
        assertThat(rejected.sentence()).isEqualTo("Entry D3M-9000001-5: rejected: resubmit it by 2026-12-09");
        assertThat(rejected.link(false)).isEqualTo("/entries/D3M-9000001-5");
        Notice protest = Notice.aboutProtest("k", NotificationKind.PROTEST_FILED, "2704-26-000001",
                LocalDate.of(2026, 12, 7));
        assertThat(protest.sentence()).isEqualTo("Protest 2704-26-000001: filed");
        assertThat(protest.link(false)).isEqualTo("/reviews/protests/2704-26-000001");
        assertThat(protest.link(true)).isEqualTo("/officer/protests/2704-26-000001");
    }

    @Test
    void kindsAndDeliveriesAreReadOnlyByTheirExactNames() {
        assertThat(NotificationKind.of("FORM_ISSUED")).contains(NotificationKind.FORM_ISSUED);
        assertThat(NotificationKind.of("form_issued")).isEmpty();
        assertThat(MailDelivery.of("DIGEST")).contains(MailDelivery.DIGEST);
        assertThat(MailDelivery.of("LOUDLY")).isEmpty();
    }
}
