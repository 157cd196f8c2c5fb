package org.openace.filing.upload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.reference.load.TestReferenceData;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading files of entry summaries by API (F2): the file is stored and answered at once, then each summary is
 * filed in the background with a result by line number (a bad row never stops the good ones); files that cannot be
 * files of summaries are refused at once with a problem document and leave nothing; a token reaches only its own
 * uploads.
 */
@PortalTest
class EntrySummaryUploadApiIntegrationTests {

    static final String API = "/api/v1/entry-summary-uploads";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    private Broker broker(String prefix) {
        return FilingFixtures.broker(mvc, users, accounts, jdbc, prefix);
    }

    MockHttpServletResponse upload(String token, String contentType, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(API).header("Authorization", "Bearer " + token)
                .contentType(contentType).content(body.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    MockHttpServletResponse get(String token, String path, String accept) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token)
                .header("Accept", accept)).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse response) {
        return JSON.readTree(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    /** Works on waiting uploads until this one is completed (another node's worker may be on it: then wait). */
    JsonNode completed(String token, String id) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            worker.workOnNext();
            JsonNode job = json(get(token, API + "/" + id, "application/json"));
            if (job.get("status").asString().equals("COMPLETED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("upload " + id + " not completed");
    }

    private int count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Integer.class).single();
    }

    @Test
    void aJsonLinesFileWithGoodAndBadLinesFilesTheGoodOnesAndGivesEachLineItsResult() throws Exception {
        Broker broker = broker("upjsonl");
        Broker other = broker("upjsonlother");
        EntryNumber first = broker.nextEntryNumber();
        EntryNumber wrongFee = broker.nextEntryNumber();
        EntryNumber othersNumber = other.nextEntryNumber();
        EntryNumber last = broker.nextEntryNumber();
        String file = String.join("\n", UploadSamples.jsonLine(first), "{\"entryNumber\": oops",
                UploadSamples.jsonLineWithWrongMpf(wrongFee), "", UploadSamples.jsonLine(othersNumber),
                UploadSamples.jsonLine(last), "[1, 2]") + "\n";

        MockHttpServletResponse answer = upload(broker.token(), "application/x-ndjson", file);

        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(202);
        String id = json(answer).get("id").asString();
        assertThat(answer.getHeader("Location")).isEqualTo(API + "/" + id);
        JsonNode job = completed(broker.token(), id);
        assertThat(job.get("total").asInt()).isEqualTo(6);
        assertThat(job.get("processed").asInt()).isEqualTo(6);
        assertThat(job.get("filed").asInt()).isEqualTo(2);
        assertThat(job.get("refused").asInt()).isEqualTo(4);
        assertThat(job.get("percent").asInt()).isEqualTo(100);

        JsonNode results = json(get(broker.token(), API + "/" + id + "/results", "application/json")).get("results");
        List<String> lines = new ArrayList<>();
        results.forEach(r -> lines.add(r.get("lineNumber").asInt() + " " + r.get("outcome").asString() + " "
                + (r.get("errors").isEmpty() ? "" : r.get("errors").get(0).get("code").asString())));
        assertThat(lines).containsExactly("1 FILED ", "2 REFUSED E002_FORMAT", "3 REFUSED " + codeOf(results, 2),
                "5 REFUSED E102_FILER_CODE", "6 FILED ", "7 REFUSED E002_FORMAT");
        assertThat(results.get(0).get("entryNumber").asString()).isEqualTo(first.formatted());
        assertThat(codes(results.get(2))).anyMatch(code -> code.contains("MPF") || code.contains("FEE")
                || code.contains("TOTAL"));
        assertThat(codes(results.get(3))).contains("E102_FILER_CODE");
        assertThat(count("select count(*) from entry_summary where entry_number in (?, ?)", first.compact(),
                last.compact())).isEqualTo(2);
        assertThat(count("select count(*) from entry_summary where entry_number in (?, ?)", wrongFee.compact(),
                othersNumber.compact())).isZero();
        assertThat(count("select count(*) from audit_event where action = 'UPLOAD_RECEIVED' and object_id = ?", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'UPLOAD_COMPLETED' and object_id = ?", id))
                .isEqualTo(1);
    }

    private static String codeOf(JsonNode results, int index) {
        return results.get(index).get("errors").get(0).get("code").asString();
    }

    private static List<String> codes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.get("errors").forEach(e -> codes.add(e.get("code").asString()));
        return codes;
    }

    @Test
    void aCsvFileWithGoodAndBadRowsFilesTheGoodOnesAndTheResultsDownloadAsCsv() throws Exception {
        Broker broker = broker("upcsv");
        EntryNumber good = broker.nextEntryNumber();
        EntryNumber unknownHts = broker.nextEntryNumber();
        EntryNumber quoted = broker.nextEntryNumber();
        String file = String.join("\r\n", UploadSamples.csvHeader(), UploadSamples.csvRow(good, "9403.20.00.17"),
                UploadSamples.csvRow(unknownHts, "9999.99.99.99"),
                UploadSamples.csvRow(quoted, "9403.20.00.17", "AB,CD")) + "\r\n";

        MockMultipartFile part = new MockMultipartFile("file", "summaries.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse answer = mvc.perform(MockMvcRequestBuilders.multipart(API).file(part)
                .header("Authorization", "Bearer " + broker.token())).andReturn().getResponse();

        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(202);
        String id = json(answer).get("id").asString();
        JsonNode job = completed(broker.token(), id);
        assertThat(job.get("format").asString()).isEqualTo("CSV");
        assertThat(job.get("fileName").asString()).isEqualTo("summaries.csv");
        assertThat(job.get("filed").asInt()).isEqualTo(1);
        assertThat(job.get("refused").asInt()).isEqualTo(2);
        MockHttpServletResponse csv = get(broker.token(), API + "/" + id + "/results", "text/csv");
        assertThat(csv.getContentType()).startsWith("text/csv");
        List<String> rows = csv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows.getFirst()).isEqualTo("lineNumber,outcome,entryNumber,version,replayed,errorCodes,errors");
        assertThat(rows.get(1)).startsWith("2,FILED," + good.formatted() + ",1,false,,");
        assertThat(rows.get(2)).startsWith("3,REFUSED," + unknownHts.formatted() + ",,false,");
        assertThat(rows.get(3)).startsWith("4,REFUSED," + quoted.formatted() + ",,false,E002_FORMAT");
        assertThat(count("select count(*) from entry_summary where entry_number = ?", good.compact())).isEqualTo(1);
    }

    @Test
    void aCsvFileWithoutRequiredColumnsIsRefusedAtOnceNamingThemAndNothingIsStored() throws Exception {
        Broker broker = broker("upcols");
        String header = UploadSamples.csvHeader().replace("htsNumber,", "").replace(",totalDuty", "");
        int before = count("select count(*) from upload_job");

        MockHttpServletResponse answer = upload(broker.token(), "text/csv", header + "\r\n1,2,3\r\n");

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json(answer);
        assertThat(problem.get("code").asString()).isEqualTo("MISSING_COLUMNS");
        assertThat(problem.get("columns").toString()).isEqualTo("[\"totalDuty\",\"htsNumber\"]");
        assertThat(problem.get("detail").asString()).contains("totalDuty, htsNumber");
        assertThat(count("select count(*) from upload_job")).isEqualTo(before);
    }

    @Test
    void anEmptyFileAFileOfAnotherFormatAndAnotherMediaTypeAreRefusedWithTheirCodes() throws Exception {
        Broker broker = broker("upbad");
        int before = count("select count(*) from upload_job");

        MockHttpServletResponse empty = upload(broker.token(), "application/x-ndjson", "\n  \n");
        MockHttpServletResponse csvAsJsonLines = upload(broker.token(), "application/x-ndjson",
                UploadSamples.csvHeader() + "\n");
        MockHttpServletResponse jsonAsCsv = upload(broker.token(), "text/csv", "{\"summaries\": []}");
        MockHttpServletResponse binary = upload(broker.token(), "text/csv", "PK\u0003\u0004\u0000\u0000");
        MockHttpServletResponse xml = upload(broker.token(), "application/xml", "<entries/>");

        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(json(empty).get("code").asString()).isEqualTo("EMPTY_FILE");
        assertThat(csvAsJsonLines.getStatus()).isEqualTo(415);
        assertThat(json(csvAsJsonLines).get("code").asString()).isEqualTo("UNRECOGNIZED_FORMAT");
        assertThat(json(jsonAsCsv).get("code").asString()).isEqualTo("UNRECOGNIZED_FORMAT");
        assertThat(json(binary).get("code").asString()).isEqualTo("UNRECOGNIZED_FORMAT");
        assertThat(xml.getStatus()).isEqualTo(415);
        assertThat(json(xml).get("code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(count("select count(*) from upload_job")).isEqualTo(before);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        Broker broker = broker("uplimit");
        int before = count("select count(*) from upload_job");
        ReceiveUpload small = new ReceiveUpload(context.getBean(UploadJobs.class),
                new UploadProperties(org.springframework.util.unit.DataSize.ofBytes(1000), 10, 4, 1,
                        Duration.ofSeconds(1), Duration.ofDays(7), "-"),
                context.getBean(org.openace.audit.AuditTrail.class),
                context.getBean(org.springframework.transaction.support.TransactionTemplate.class),
                context.getBean(java.time.Clock.class));
        String file = UploadSamples.jsonLine(broker.nextEntryNumber()) + "\n"
                + UploadSamples.jsonLine(broker.nextEntryNumber()) + "\n";
        Uploader uploader = new Uploader(broker.account().account().id(),
                new org.openace.filing.intake.Filer(broker.filerCode(), broker.sub().id(),
                        org.openace.audit.AuditActor.SYSTEM), null, UUID.randomUUID());

        UploadRefused refused = org.junit.jupiter.api.Assertions.assertThrows(UploadRefused.class,
                () -> small.receive(uploader, "big.jsonl", null, -1,
                        new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));

        assertThat(file.length()).isGreaterThan(1000);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("FILE_TOO_LARGE");
        assertThat(count("select count(*) from upload_job")).isEqualTo(before);
    }

    @Test
    void aTokenReachesOnlyItsOwnUploads() throws Exception {
        Broker broker = broker("upmine");
        Broker other = broker("upnotmine");
        MockHttpServletResponse answer = upload(broker.token(), "application/x-ndjson",
                UploadSamples.jsonLine(broker.nextEntryNumber()) + "\n");
        String id = json(answer).get("id").asString();

        MockHttpServletResponse progress = get(other.token(), API + "/" + id, "application/json");
        MockHttpServletResponse results = get(other.token(), API + "/" + id + "/results", "text/csv");
        MockHttpServletResponse malformed = get(other.token(), API + "/not-an-id", "application/json");

        assertThat(progress.getStatus()).isEqualTo(404);
        assertThat(json(progress).get("code").asString()).isEqualTo("UPLOAD_NOT_FOUND");
        assertThat(results.getStatus()).isEqualTo(404);
        assertThat(malformed.getStatus()).isEqualTo(404);
        assertThat(get(broker.token(), API + "/" + id, "application/json").getStatus()).isEqualTo(200);
        completed(broker.token(), id);
    }

    @Test
    void anUploadLeftRunningByANodeThatDiedIsResumedAfterItsLastResultAndNothingIsFiledTwice() throws Exception {
        Broker broker = broker("upresume");
        List<EntryNumber> numbers = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            numbers.add(broker.nextEntryNumber());
            file.append(UploadSamples.jsonLine(numbers.getLast())).append('\n');
        }
        byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
        UploadJobs jobs = context.getBean(UploadJobs.class);
        org.openace.filing.intake.FileEntrySummary filing =
                context.getBean(org.openace.filing.intake.FileEntrySummary.class);
        // the broker's token: the worker asks before each batch whether the uploader may still file
        UUID token = jdbc.sql("select id from api_token where sub_account_id = ?").param(broker.sub().id().value())
                .query(UUID.class).single();
        UploadJob job = new UploadJob(UUID.randomUUID(), broker.account().account().id(), broker.sub().id(),
                broker.filerCode(), null, token, "api-token:" + token, "crash.jsonl", UploadFormat.JSONL,
                content.length, UploadJob.Status.QUEUED, null, 0, 0, 0, Instant.now(), null);
        org.openace.filing.intake.Filer filer = job.filer();
        // what a node that died left: lines 1 and 2 filed with their results committed, line 3 filed and its
        // result lost, the job RUNNING and its claim row free (the node's connection, and its lock, are gone)
        context.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(s -> {
            jobs.insert(job);
            jobs.insertChunk(job.id(), 0, content);
            jobs.started(job.id(), Instant.now());
            jobs.counted(job.id(), 5);
            List<UploadResult> kept = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                var form = org.openace.filing.json.Form7501Reader.read(
                        FilingFixtures.summaryNode(numbers.get(i))).asForm().orElseThrow();
                var filed = (org.openace.filing.intake.FilingOutcome.Filed) filing.file(form, filer);
                if (i < 2) {
                    kept.add(new UploadResult(i + 1, UploadResult.Outcome.FILED, filed.entryNumber().formatted(),
                            filed.version(), false, List.of()));
                }
            }
            jobs.record(job.id(), kept);
        });
        assertThat(count("select processed from upload_job where id = ?", job.id())).isEqualTo(2);

        JsonNode done = completedById(job.id());

        assertThat(done.get("processed").asInt()).isEqualTo(5);
        assertThat(done.get("filed").asInt()).isEqualTo(5);
        assertThat(count("select count(*) from upload_result where job_id = ?", job.id())).isEqualTo(5);
        assertThat(count("select count(*) from upload_result where job_id = ? and line_number = 3 and replayed "
                + "and version = 1 and outcome = 'FILED'", job.id())).isEqualTo(1);
        for (EntryNumber number : numbers) {
            assertThat(count("select count(*) from entry_summary_version where entry_number = ?", number.compact()))
                    .as(number.formatted()).isEqualTo(1);
            assertThat(count("select count(*) from audit_event where action = 'ENTRY_SUMMARY_FILED' and object_id = ?",
                    number.formatted())).isEqualTo(1);
        }
    }

    JsonNode completedById(UUID id) throws Exception {
        UploadJobs jobs = context.getBean(UploadJobs.class);
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            worker.workOnNext();
            UploadJob job = jobs.find(id).orElseThrow();
            if (job.finished()) {
                return JSON.valueToTree(UploadAnswers.job(job));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("upload " + id + " not completed");
    }
}
