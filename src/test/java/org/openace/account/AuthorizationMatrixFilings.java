package org.openace.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.openace.account.core.OpenTradeAccount;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The entry summaries and uploads of the matrix's world, filed through the API as filers' software files them:
 * broker B (with an API token of its brokerage) files one entry for importer A's east division (granted to B) and
 * one for A's west division (not granted), broker D (no actor: C's broker) files one for importer C; B and D each
 * upload a file whose one line is refused, so that each has an upload job and no entry more.
 */
final class AuthorizationMatrixFilings {

    /** The world's entries. */
    enum Entry {
        /** Filed by B under its filer code for A east's importer number. */
        A_EAST_BY_B,
        /** Filed by B under its filer code for A west's importer number. */
        A_WEST_BY_B,
        /** Filed by D under its filer code for C's importer number. */
        C_BY_D
    }

    final String bToken;
    final String bFilerCode;
    final FilingFixtures.Broker d;
    final Map<Entry, EntryNumber> entries = new EnumMap<>(Entry.class);
    /** A well-formed entry number of B's filer code that names no entry. */
    final EntryNumber madeUp;
    /** An upload job sent with B's token, and one sent with D's. */
    final UUID bUpload;
    final UUID dUpload;

    AuthorizationMatrixFilings(MockMvc mvc, TestUsers users, TestAccounts accounts, JdbcClient jdbc,
                               ApplicationContext context, PortalClient bOwner, OpenTradeAccount.Opened b,
                               String aEastImporter, String aWestImporter, String cImporter) {
        TestReferenceData.loadSamples(context);
        TestReferenceData.importersOnFile(context, aEastImporter, aWestImporter, cImporter);
        bFilerCode = FilingFixtures.filerCode(jdbc, b.subAccounts().getFirst());
        bToken = FilingFixtures.issueToken(bOwner, b, b.subAccounts().getFirst());
        d = FilingFixtures.broker(mvc, users, accounts, jdbc, "mxdbroker");
        entries.put(Entry.A_EAST_BY_B, file(mvc, bToken, EntryNumber.of(bFilerCode, "0000001"), aEastImporter));
        entries.put(Entry.A_WEST_BY_B, file(mvc, bToken, EntryNumber.of(bFilerCode, "0000002"), aWestImporter));
        entries.put(Entry.C_BY_D, file(mvc, d.token(), EntryNumber.of(d.filerCode(), "0000001"), cImporter));
        madeUp = EntryNumber.of(bFilerCode, "7777777");
        bUpload = upload(mvc, bToken);
        dUpload = upload(mvc, d.token());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql("""
                select count(*) from upload_job where id in (?, ?) and status <> 'COMPLETED'
                """).param(bUpload).param(dUpload).query(Integer.class).single()).as("uploads processed").isZero());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                select count(*) from entry_summary where entry_number in (:numbers)
                  and importer_sub_account_id is not null and filer_sub_account_id is not null
                """).param("numbers", entries.values().stream().map(EntryNumber::compact).toList())
                .query(Integer.class).single()).as("entries visible from their importers and filers").isEqualTo(3));
    }

    private static EntryNumber file(MockMvc mvc, String token, EntryNumber number, String importer) {
        MockHttpServletResponse response = send(mvc, MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(number, importer)));
        assertThat(response.getStatus()).as(body(response)).isEqualTo(201);
        return number;
    }

    /** An upload of one line that is refused (not JSON): a job, and no entry. */
    private static UUID upload(MockMvc mvc, String token) {
        MockHttpServletResponse response = send(mvc, MockMvcRequestBuilders.post("/api/v1/entry-summary-uploads")
                .header("Authorization", "Bearer " + token).contentType("application/x-ndjson")
                .content("{\"entryNumber\": oops\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(response.getStatus()).as(body(response)).isEqualTo(202);
        return UUID.fromString(AuthorizationMatrixFixture.json(response).path("id").asString());
    }

    private static MockHttpServletResponse send(MockMvc mvc,
                                                org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
