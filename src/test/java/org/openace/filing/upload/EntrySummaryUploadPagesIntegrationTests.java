package org.openace.filing.upload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload pages: a broker's user uploads a file under the filer sub-account, follows the progress to the end,
 * reads the results by line and downloads them as CSV; a file that cannot be one of summaries is a form error that
 * stores nothing; a user of another account, or without a filer sub-account, reaches no upload (404).
 */
@PortalTest
class EntrySummaryUploadPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UploadWorker worker;

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    private MockHttpServletResponse upload(PortalClient browser, String filer, String name, String type, String body) {
        String csrf = browser.get("/entry-uploads").csrf();
        return browser.exchange(MockMvcRequestBuilders.multipart("/entry-uploads")
                .file(new MockMultipartFile("file", name, type, body.getBytes(StandardCharsets.UTF_8)))
                .param("filer", filer).param("_csrf", csrf));
    }

    private static String filer(Broker broker) {
        return broker.sub().id().value() + ":" + broker.filerCode();
    }

    private void awaitCompleted(UUID id) throws InterruptedException {
        UploadJobs jobs = context.getBean(UploadJobs.class);
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            worker.workOnNext();
            if (jobs.find(id).orElseThrow().finished()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("upload not completed");
    }

    @Test
    void aBrokersUserUploadsAFileFollowsItsProgressAndDownloadsTheResults() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "uppage");
        EntryNumber good = broker.nextEntryNumber();
        PortalClient browser = PortalClient.signedIn(mvc, broker.owner());
        assertThat(browser.get("/entry-uploads").body()).contains(broker.filerCode());

        MockHttpServletResponse answer = upload(browser, filer(broker), "mine.jsonl", "application/octet-stream",
                UploadSamples.jsonLine(good) + "\nnot json\n");

        assertThat(answer.getStatus()).isEqualTo(302);
        String page = answer.getRedirectedUrl();
        assertThat(page).startsWith("/entry-uploads/");
        UUID id = UUID.fromString(page.substring("/entry-uploads/".length()));
        awaitCompleted(id);
        PortalClient.Page done = browser.get(page);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Completed").contains(good.formatted()).contains("E002_FORMAT")
                .contains("Download results as CSV");
        MockHttpServletResponse progress = browser.exchange(MockMvcRequestBuilders.get(page + "/progress")
                .header("HX-Request", "true"));
        assertThat(progress.getHeader("HX-Refresh")).isEqualTo("true");
        MockHttpServletResponse csv = browser.exchange(MockMvcRequestBuilders.get(page + "/results.csv"));
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("1,FILED," + good.formatted())
                .contains("2,REFUSED,,,false,E002_FORMAT");
        assertThat(browser.get("/entry-uploads").body()).contains("mine.jsonl");
    }

    @Test
    void aCsvFileWithoutItsColumnsIsAFormErrorNamingThemAndStoresNothing() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "uppagecols");
        PortalClient browser = PortalClient.signedIn(mvc, broker.owner());
        int before = jdbc.sql("select count(*) from upload_job").query(Integer.class).single();

        MockHttpServletResponse answer = upload(browser, filer(broker), "bad.csv", "text/csv",
                "entryNumber,entryType\r\nD3M-0000001-4,01\r\n");

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("The file was not accepted")
                .contains("summaryDate, entryDate");
        assertThat(jdbc.sql("select count(*) from upload_job").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aUserOfAnotherAccountReachesNoUploadAndCannotFileUnderAnotherFilerCode() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "uppageown");
        Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "uppageother");
        PortalClient owner = PortalClient.signedIn(mvc, broker.owner());
        String page = upload(owner, filer(broker), "a.jsonl", "application/x-ndjson",
                UploadSamples.jsonLine(broker.nextEntryNumber()) + "\n").getRedirectedUrl();
        PortalClient stranger = PortalClient.signedIn(mvc, other.owner());
        PortalUser importerUser = users.create("uppageimp", Role.TRADE);
        accounts.importer(importerUser);
        PortalClient importer = PortalClient.signedIn(mvc, importerUser);

        assertThat(stranger.get(page).status()).isEqualTo(404);
        assertThat(stranger.exchange(MockMvcRequestBuilders.get(page + "/results.csv")).getStatus()).isEqualTo(404);
        assertThat(stranger.exchange(MockMvcRequestBuilders.get(page + "/progress")).getStatus()).isEqualTo(404);
        assertThat(importer.get(page).status()).isEqualTo(404);
        assertThat(importer.get("/entry-uploads").body()).contains("You cannot file entry summaries");
        MockHttpServletResponse underAnother = upload(stranger, filer(broker), "b.jsonl", "application/x-ndjson",
                UploadSamples.jsonLine(broker.nextEntryNumber()) + "\n");
        assertThat(underAnother.getStatus()).isEqualTo(400);
        assertThat(owner.get(page).status()).isEqualTo(200);
        awaitCompleted(UUID.fromString(page.substring("/entry-uploads/".length())));
    }
}
