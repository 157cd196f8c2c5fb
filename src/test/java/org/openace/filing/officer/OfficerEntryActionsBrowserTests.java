package org.openace.filing.officer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.FilingFixtures;
import org.openace.filing.Form7501;
import org.openace.filing.json.FilingJson;
import org.openace.filing.json.Form7501Reader;
import org.openace.filing.store.EntrySummaryStore;
import org.openace.identity.Role;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customs officer holds an entry's cargo on its actions page, confirming in the page's own dialog, is told on the
 * form what is missing, and finds the entry in the work queue; axe-core finds nothing on any of these pages.
 */
@BrowserTest
class OfficerEntryActionsBrowserTests {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;
    @Autowired
    EntrySummaryStore store;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** An accepted entry summary stored as the filing API stores one (the samples' importer need not be on file). */
    private EntryNumber accepted() {
        EntryNumber number = EntryNumber.of("ZZ8", String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
        Form7501 form = Form7501Reader.read(FilingJson.MAPPER.readTree(FilingFixtures.summary(number,
                FilingFixtures.DEMO_IMPORTER))).asForm().orElseThrow();
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            EntrySummary summary = EntrySummary.accept(form, LocalDate.ofInstant(now, clock.getZone()));
            assertThat(store.insertIfAbsent(summary, new EntrySummaryStore.Visibility(null, null, null, null), now))
                    .isTrue();
            store.insertVersion(form, 1, new byte[32], "browser-test", now);
            store.appendHistory(number, 1, summary.takeEvents(), "browser-test", now);
        });
        return number;
    }

    @Test
    void anOfficerHoldsTheCargoConfirmingInThePagesDialogAndThePagesHaveNoViolations() {
        EntryNumber number = accepted();
        String page = "/officer/entries/" + number.formatted() + "/actions";
        var officer = users.create("axeofficer", Role.OFFICER);
        // the fixture's entry is at port 0101, which the officer works
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officer.id().value()).update();
        browser.signIn(officer);

        browser.open(page);
        assertThat(browser.heading()).isEqualTo("Actions on entry " + number.formatted());
        browser.checkAccessible("officer-entry-actions");

        browser.type("#hold-authority", "fda1").press("Hold the cargo").acceptConfirmation().waitForPath(page + "/hold");
        assertThat(browser.find("#hold-reason-error").getText())
                .isEqualTo("Enter the reason for the hold: the importer and the broker read it");
        browser.checkAccessible("officer-entry-actions-with-errors");

        browser.find("#hold-authority").clear();
        browser.type("#hold-authority", "CBP").type("#hold-reason", "X-ray examination at the port")
                .press("Hold the cargo").acceptConfirmation().waitForPath(page);
        assertThat(browser.find(".usa-alert--success").getText()).contains("is held");
        browser.checkAccessible("officer-entry-actions-held");

        browser.open("/officer/entries");
        assertThat(browser.find("#held-heading").getText()).isEqualTo("Cargo held");
        assertThat(browser.driver().getPageSource()).contains(number.formatted());
        browser.checkAccessible("officer-entries-waiting");

        browser.assertCheckedPagesAccessible();
    }
}
