package org.openace.filing.upload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.account.core.OpenTradeAccount;
import org.openace.filing.EntryNumber;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broker's owner uploads a CSV file of entry summaries in a real browser, watches the progress bar reach 100%
 * (htmx polls it, then the page reloads with the results), reads the result of each line and downloads the results
 * as CSV; axe-core checks the form and the upload's page.
 */
@BrowserTest
class EntrySummaryUploadBrowserTests {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aBrokerUploadsACsvFileSeesTheProgressReachTheEndAndDownloadsTheResults() throws Exception {
        TestReferenceData.loadSamples(context);
        PortalUser owner = users.create("upbrowser", Role.TRADE);
        OpenTradeAccount.Opened broker = accounts.broker(owner);
        String filerCode = jdbc.sql("select value_plain from account_identifier where sub_account_id = ? "
                + "and kind = 'FILER_CODE'").param(broker.subAccounts().getFirst().id().value())
                .query(String.class).single();
        EntryNumber good = EntryNumber.of(filerCode, String.format("%07d", System.nanoTime() % 10_000_000));
        EntryNumber bad = EntryNumber.of(filerCode, String.format("%07d", (System.nanoTime() + 1) % 10_000_000));
        Path file = Files.createTempFile("entries-", ".csv");
        Files.writeString(file, String.join("\r\n", UploadSamples.csvHeader(),
                UploadSamples.csvRow(good, "9403.20.00.17"), UploadSamples.csvRow(bad, "9999.99.99.99")) + "\r\n",
                StandardCharsets.UTF_8);

        browser.signIn(owner);
        browser.open("/entry-uploads");
        assertThat(browser.heading()).isEqualTo("Upload entry summaries");
        browser.checkAccessible("upload-form");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.press("Upload").waitForPathMatching("/entry-uploads/[0-9a-f-]{36}");
        browser.waitUntil(d -> browser.find("#upload-status").getText().startsWith("Completed"),
                Duration.ofSeconds(60));
        browser.waitUntil(d -> !browser.findAll("table").isEmpty(), Duration.ofSeconds(10));

        assertThat(browser.find("#upload-bar").getAttribute("value")).isEqualTo("100");
        assertThat(browser.find("#upload-status").getText()).contains("2 summaries, 1 filed, 1 refused");
        String table = browser.find("table").getText();
        assertThat(table).contains(good.formatted()).containsIgnoringCase("Refused");
        browser.checkAccessible("upload-results");
        String href = browser.find("a[href$='/results.csv']").getAttribute("href");
        Object csv = browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                href);
        assertThat(csv.toString()).startsWith("lineNumber,outcome,entryNumber,version,replayed,errorCodes,errors")
                .contains("2,FILED," + good.formatted() + ",1,false").contains("3,REFUSED," + bad.formatted());
        browser.assertCheckedPagesAccessible();
        Files.deleteIfExists(file);
    }
}
