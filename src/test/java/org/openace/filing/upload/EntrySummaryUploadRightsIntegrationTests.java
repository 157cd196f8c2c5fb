package org.openace.filing.upload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.ApiTokenStanding;
import org.openace.account.FilerSubAccounts;
import org.openace.account.core.Rights;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestClock;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads whose uploader loses the right to file while the file is filed, and the retention of uploaded content.
 * In a context of its own: the worker polls never on its own (the test drives it), files two summaries a batch, one
 * at a time, and asks for the uploader's right through {@link InterleavedRights}, which lets a test withdraw the
 * right just before a given check, that is between two batches.
 */
@PortalTest
@TestPropertySource(properties = {"openace.filing.upload.poll-interval=1h", "openace.filing.upload.batch-size=2",
        "openace.filing.upload.parallelism=1"})
class EntrySummaryUploadRightsIntegrationTests {

    static final String API = "/api/v1/entry-summary-uploads";

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
    @Autowired
    InterleavedRights rights;
    @Autowired
    UploadContentRetention retention;
    @Autowired
    TestClock clock;
    @Autowired
    Rights accountRights;

    /** The worker's check of the uploader's right, with a withdrawal run just before the n-th check. */
    static class InterleavedRights extends UploaderRights {

        private final AtomicInteger checks = new AtomicInteger();
        private volatile int withdrawBefore = Integer.MAX_VALUE;
        private volatile Runnable withdrawal = () -> { };

        InterleavedRights(ApiTokenStanding tokens, FilerSubAccounts filers) {
            super(tokens, filers);
        }

        void withdrawBeforeCheck(int check, Runnable withdraw) {
            checks.set(0);
            withdrawBefore = check;
            withdrawal = withdraw;
        }

        void reset() {
            withdrawBefore = Integer.MAX_VALUE;
            withdrawal = () -> { };
        }

        @Override
        boolean mayStillFile(UploadJob job) {
            if (checks.incrementAndGet() == withdrawBefore) {
                withdrawal.run();
            }
            return super.mayStillFile(job);
        }
    }

    @org.springframework.boot.test.context.TestConfiguration
    static class Interleaving {

        @Bean
        @Primary
        InterleavedRights interleavedRights(ApiTokenStanding tokens, FilerSubAccounts filers) {
            return new InterleavedRights(tokens, filers);
        }
    }

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    @AfterEach
    void resetClockAndRights() {
        clock.reset();
        rights.reset();
    }

    /** Six valid summaries of the broker, one a line: three batches of two. */
    private static List<EntryNumber> sixNumbers(Broker broker) {
        List<EntryNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            numbers.add(broker.nextEntryNumber());
        }
        return numbers;
    }

    private static String jsonLines(List<EntryNumber> numbers) {
        return String.join("\n", numbers.stream().map(UploadSamples::jsonLine).toList()) + "\n";
    }

    private UUID uploadWithToken(Broker broker, String file) throws Exception {
        MockHttpServletResponse answer = mvc.perform(MockMvcRequestBuilders.post(API)
                .header("Authorization", "Bearer " + broker.token()).contentType("application/x-ndjson")
                .content(file.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(202);
        return UUID.fromString(EntrySummaryUploadApiIntegrationTests.json(answer).get("id").asString());
    }

    private UploadJob workedOn(UUID id) {
        while (worker.workOnNext()) {
            // every waiting job of this context's database
        }
        UploadJob job = context.getBean(UploadJobs.class).find(id).orElseThrow();
        assertThat(job.finished()).as("the upload is finished").isTrue();
        return job;
    }

    private List<String> results(UUID id) {
        return jdbc.sql("""
                select line_number || ' ' || outcome || ' ' || coalesce(errors -> 0 ->> 'code', '')
                from upload_result where job_id = ? order by line_number
                """).param(id).query(String.class).list();
    }

    private int count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Integer.class).single();
    }

    private int stored(List<EntryNumber> numbers) {
        return jdbc.sql("select count(*) from entry_summary where entry_number in (:numbers)")
                .param("numbers", numbers.stream().map(EntryNumber::compact).toList()).query(Integer.class).single();
    }

    @Test
    void aTokenRevokedBetweenTwoBatchesFilesNothingMoreAndTheJobStopsWithAResultForEveryLine() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "uprevoked");
        List<EntryNumber> numbers = sixNumbers(broker);
        UUID id = uploadWithToken(broker, jsonLines(numbers));
        rights.withdrawBeforeCheck(2, () -> jdbc.sql("update api_token set revoked_at = now() where sub_account_id = ?")
                .param(broker.sub().id().value()).update());

        UploadJob job = workedOn(id);

        assertThat(job.status()).isEqualTo(UploadJob.Status.STOPPED);
        assertThat(results(id)).containsExactly("1 FILED ", "2 FILED ",
                "3 REFUSED UPLOAD_RIGHTS_WITHDRAWN", "4 REFUSED UPLOAD_RIGHTS_WITHDRAWN",
                "5 REFUSED UPLOAD_RIGHTS_WITHDRAWN", "6 REFUSED UPLOAD_RIGHTS_WITHDRAWN");
        assertThat(stored(numbers.subList(0, 2))).as("filed before the revocation").isEqualTo(2);
        assertThat(stored(numbers.subList(2, 6))).as("nothing filed after it").isZero();
        assertThat(job.processed()).isEqualTo(6);
        assertThat(job.filed()).isEqualTo(2);
        assertThat(job.refused()).isEqualTo(4);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.finishedAt()).isNotNull();
        assertThat(jdbc.sql("""
                select errors -> 0 ->> 'message' from upload_result where job_id = ? and line_number = 3
                """).param(id).query(String.class).single())
                .contains("right to file under filer code " + broker.filerCode() + " was withdrawn");
        assertThat(count("""
                select count(*) from audit_event where action = 'UPLOAD_STOPPED' and outcome = 'DENIED'
                  and object_id = ? and actor_name like 'api-token:%'
                """, id.toString())).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'UPLOAD_COMPLETED' and object_id = ?",
                id.toString())).isZero();
    }

    @Test
    void aTokenRevokedBeforeTheWorkerStartsFilesNothingOfItsUpload() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "uprevokedfirst");
        List<EntryNumber> numbers = sixNumbers(broker).subList(0, 3);
        UUID id = uploadWithToken(broker, jsonLines(numbers));
        jdbc.sql("update api_token set revoked_at = now() where sub_account_id = ?").param(broker.sub().id().value())
                .update();

        UploadJob job = workedOn(id);

        assertThat(job.status()).isEqualTo(UploadJob.Status.STOPPED);
        assertThat(results(id)).containsExactly("1 REFUSED UPLOAD_RIGHTS_WITHDRAWN",
                "2 REFUSED UPLOAD_RIGHTS_WITHDRAWN", "3 REFUSED UPLOAD_RIGHTS_WITHDRAWN");
        assertThat(stored(numbers)).isZero();
    }

    @Test
    void aUserWhoseRightIsRemovedBetweenTwoBatchesFilesNothingMoreAndSeesTheJobStopped() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "upuserbroker");
        PortalUser clerk = users.create("upuserclerk", Role.TRADE);
        accounts.member(broker.account(), clerk, AccountRole.USER);
        accounts.right(broker.account(), clerk, broker.sub(), AccountFunction.ENTRIES, AccessLevel.EDIT);
        List<EntryNumber> numbers = sixNumbers(broker);
        PortalClient browser = PortalClient.signedIn(mvc, clerk);
        String csrf = browser.get("/entry-uploads").csrf();
        MockHttpServletResponse sent = browser.exchange(MockMvcRequestBuilders.multipart("/entry-uploads")
                .file(new MockMultipartFile("file", "six.jsonl", "application/x-ndjson",
                        jsonLines(numbers).getBytes(StandardCharsets.UTF_8)))
                .param("filer", broker.sub().id().value() + ":" + broker.filerCode()).param("_csrf", csrf));
        assertThat(sent.getRedirectedUrl()).startsWith("/entry-uploads/");
        UUID id = UUID.fromString(sent.getRedirectedUrl().substring("/entry-uploads/".length()));
        rights.withdrawBeforeCheck(3, () -> accountRights.revokeAll(broker.account().account().id(), clerk.id()));

        UploadJob job = workedOn(id);

        assertThat(job.status()).isEqualTo(UploadJob.Status.STOPPED);
        assertThat(results(id)).containsExactly("1 FILED ", "2 FILED ", "3 FILED ", "4 FILED ",
                "5 REFUSED UPLOAD_RIGHTS_WITHDRAWN", "6 REFUSED UPLOAD_RIGHTS_WITHDRAWN");
        assertThat(stored(numbers.subList(0, 4))).isEqualTo(4);
        assertThat(stored(numbers.subList(4, 6))).isZero();
        assertThat(count("""
                select count(*) from audit_event where action = 'UPLOAD_STOPPED' and object_id = ? and actor_id = ?
                """, id.toString(), clerk.id().value())).isEqualTo(1);
        PortalClient owner = PortalClient.signedIn(mvc, broker.owner());
        PortalClient.Page page = owner.get("/entry-uploads/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Stopped").contains("UPLOAD_RIGHTS_WITHDRAWN");
    }

    @Test
    void anUploadWhoseRightStaysIsCompletedAsBefore() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "upkept");
        List<EntryNumber> numbers = sixNumbers(broker);
        UUID id = uploadWithToken(broker, jsonLines(numbers));

        UploadJob job = workedOn(id);

        assertThat(job.status()).isEqualTo(UploadJob.Status.COMPLETED);
        assertThat(job.filed()).isEqualTo(6);
        assertThat(stored(numbers)).isEqualTo(6);
    }

    @Test
    void theContentOfAFinishedUploadIsDeletedAfterTheRetentionAndItsResultsAreKept() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "upretention");
        UUID finished = uploadWithToken(broker, jsonLines(sixNumbers(broker).subList(0, 2)));
        workedOn(finished);
        UUID waiting = uploadWithToken(broker, jsonLines(sixNumbers(broker).subList(0, 1)));
        String chunks = "select count(*) from upload_chunk where job_id = ?";
        assertThat(count(chunks, finished)).isPositive();

        clock.advance(Duration.ofDays(6));
        retention.purgeExpiredContent();
        assertThat(count(chunks, finished)).as("within the retention").isPositive();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        retention.purgeExpiredContent();
        retention.purgeExpiredContent();

        assertThat(count(chunks, finished)).as("past the retention").isZero();
        assertThat(count("select count(*) from upload_job where id = ? and content_purged_at is not null", finished))
                .isEqualTo(1);
        assertThat(results(finished)).containsExactly("1 FILED ", "2 FILED ");
        MockHttpServletResponse answer = mvc.perform(MockMvcRequestBuilders.get(API + "/" + finished + "/results")
                .header("Authorization", "Bearer " + broker.token())).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(EntrySummaryUploadApiIntegrationTests.json(answer).get("results").size()).isEqualTo(2);
        assertThat(count(chunks, waiting)).as("a job not finished keeps its content").isPositive();
        assertThat(count("""
                select count(*) from audit_event where action = 'UPLOAD_CONTENT_PURGED' and object_id = ?
                  and actor_name = 'system'
                """, finished.toString())).as("audited once").isEqualTo(1);
    }
}
