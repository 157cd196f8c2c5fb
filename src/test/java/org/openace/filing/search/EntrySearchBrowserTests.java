package org.openace.filing.search;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.PersonalDataVault;
import org.openace.reference.ImporterNumber;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broker's user in a real browser: opens Entries from the navigation, filters (status, then an importer number
 * sent with the form and never in the address), pages forward and back to the first page, and downloads the search
 * as CSV. axe-core checks every page on the way.
 */
@BrowserTest
class EntrySearchBrowserTests {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataVault vault;

    @Test
    void aBrokersUserSearchesFiltersPagesAndExports() {
        PortalUser owner = users.create("entbrowse", Role.TRADE);
        OpenTradeAccount.Opened broker = accounts.broker(owner);
        SubAccount sub = broker.subAccounts().getFirst();
        String filer = jdbc.sql("select value_plain from account_identifier where sub_account_id = ? and kind = 'FILER_CODE'")
                .param(sub.id().value()).query(String.class).single();
        for (int i = 0; i < 60; i++) {
            insert(filer, sub, i, i % 2 == 0 ? "ACCEPTED" : "REJECTED", i < 50 ? "262704-DEMO1" : "27-123456700");
        }

        browser.signIn(owner);
        browser.click("nav a[href='/entries']").waitForPath("/entries");
        assertThat(browser.heading()).isEqualTo("Entries");
        assertThat(browser.findAll("#results tbody tr")).hasSize(50);
        browser.checkAccessible("entries");

        browser.choose("#status", "Rejected").press("Search").waitForPathMatching("/entries\\?search=[0-9a-f]{16}");
        List<WebElement> rejected = browser.findAll("#results tbody tr");
        assertThat(rejected).hasSize(30);
        assertThat(rejected).allSatisfy(row -> assertThat(row.getText()).contains("Rejected"));
        browser.checkAccessible("entries-filtered");

        browser.choose("#status", "Any status").type("#importer", "27-123456700").press("Search")
                .waitForPathMatching("/entries\\?search=[0-9a-f]{16}");
        assertThat(browser.path()).doesNotContain("123456700");
        assertThat(browser.findAll("#results tbody tr")).hasSize(10);
        assertThat(browser.find("#main-content").getText()).doesNotContain("27-123456700");
        browser.checkAccessible("entries-importer");

        browser.click("a[href='/entries']");
        browser.waitForPath("/entries");
        String firstOfFirstPage = browser.find("#results tbody tr th").getText();
        browser.click(".usa-pagination__next-page");
        browser.waitUntil(driver -> !browser.find("#results tbody tr th").getText().equals(firstOfFirstPage));
        assertThat(browser.findAll("#results tbody tr")).hasSize(10);
        browser.waitForPathMatching("/entries\\?after=.+");
        browser.checkAccessible("entries-page-2");
        browser.click(".usa-pagination__previous-page");
        browser.waitUntil(driver -> browser.find("#results tbody tr th").getText().equals(firstOfFirstPage));

        String href = browser.find("a[href^='/entries/export'][href$='format=csv']").getAttribute("href");
        Object csv = browser.driver().executeAsyncScript(
                "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])", href);
        String[] lines = csv.toString().strip().split("\r?\n");
        assertThat(lines[0]).startsWith("Entry number,Entry type,Summary date");
        assertThat(lines).hasSize(61);
        browser.assertCheckedPagesAccessible();
    }

    private void insert(String filer, SubAccount sub, int i, String status, String importer) {
        String number = filer + String.format("%07d", 1_000_000 + i) + "0";
        LocalDate day = LocalDate.of(2026, 3, 1).plusDays(i);
        byte[] digest = vault.digest(ImporterNumber.parse(importer).orElseThrow().identifier());
        jdbc.sql("""
                insert into entry_summary (entry_number, filer_code, current_version, status, release_status, entry_type,
                    summary_date, entry_date, port_of_entry, mode_of_transport, country_of_origin, importer_digest,
                    importer_display, filer_sub_account_id, line_count, entered_value, duty, tax, fees, other,
                    hts_prefixes, origin_countries, liquidation_deadline, filed_at, updated_at, change_seq)
                values (:n, :filer, 1, :status, 'RELEASED', '01', :day, :day, '0101', '30', 'CN', :digest,
                    :display, :sub, 1, 1000.00, 25.50, 0, 3.46, 0, '{9403,940320}', '{CN}', :deadline, now(), now(),
                    nextval('entry_change_seq'))
                """).param("n", number).param("filer", filer).param("status", status).param("day", day)
                .param("digest", digest).param("display", ImporterNumber.parse(importer).orElseThrow().display())
                .param("sub", sub.id().value()).param("deadline", day.plusYears(1)).update();
    }
}
