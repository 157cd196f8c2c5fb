package org.openace.inbox;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.grant.GrantScope;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.load.TestReferenceData;
import org.openace.review.CbpFormIssued;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications inbox end to end (issue 11, R3): an officer rejects an entry and issues a Form 28; the importer's
 * owner finds each in the inbox unread and marks them read; the broker that filed the entry, and the owner of an
 * account the importer granted its entries to (not a plain member of it), are told of the entry, and the filer,
 * designated for copies, of the form; a user with only the reviews right is told of the form but not of the entry;
 * another broker of nothing; the officers at the port of the answer and of a protest filed, the importer of its
 * decision. A redelivered event tells no one twice. E-mail: at once for the kinds a user chose, in a daily digest for
 * others, and never with an importer number, a name or anything shaped like a Social Security or employer number.
 * Bad settings are a form error that saves nothing.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxIntegrationTests {

    /** Shapes of a Social Security number and an employer identification number (with or without suffix). */
    static final Pattern SSN_OR_EIN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b|\\b\\d{2}-\\d{7}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    InboxEvents events;
    @Autowired
    InboxMail mail;
    @Autowired
    InboxJobs jobs;
    @Autowired
    SendDigestCommand digestCommand;

    TaxIdentifier ein;
    PortalUser importerOwner;
    PortalUser formReader;
    PortalUser officer;
    PortalUser grantedOwner;
    PortalUser grantedMember;
    Broker filer;
    Broker otherBroker;
    PortalClient owner;
    PortalClient reader;
    PortalClient cbp;
    PortalClient broker;
    PortalClient stranger;
    String csrfHeader;
    String csrfToken;

    @BeforeAll
    void accountsAndOfficer() {
        TestReferenceData.loadSamples(context);
        ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        importerOwner = users.create("inbxowner", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner, ein);
        formReader = users.create("inbxreader", Role.TRADE);
        accounts.member(importer, formReader, AccountRole.USER);
        accounts.right(importer, formReader, importer.subAccounts().getFirst(), AccountFunction.REVIEWS,
                AccessLevel.VIEW);
        UUID importerNumberId = jdbc.sql("select id from account_identifier where sub_account_id = ? "
                        + "and kind = 'IMPORTER_NUMBER'").param(importer.subAccounts().getFirst().id().value())
                .query(UUID.class).single();
        // a broker the importer granted its entries to: its owner is told, a plain member of it without a delegation not
        grantedOwner = users.create("inbxgranted", Role.TRADE);
        OpenTradeAccount.Opened granted = accounts.broker(grantedOwner);
        grantedMember = users.create("inbxgrantmbr", Role.TRADE);
        accounts.member(granted, grantedMember, AccountRole.USER);
        accounts.grant(importer, granted, new GrantScope(importer.subAccounts().getFirst().id(),
                AccountFunction.ENTRIES, AccessLevel.VIEW));
        filer = FilingFixtures.broker(mvc, users, accounts, jdbc, "inbxfiler");
        otherBroker = FilingFixtures.broker(mvc, users, accounts, jdbc, "inbxother");
        officer = users.create("inbxofficer", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officer.id().value()).update();
        owner = PortalClient.signedIn(mvc, importerOwner);
        reader = PortalClient.signedIn(mvc, formReader);
        cbp = PortalClient.signedIn(mvc, officer);
        broker = PortalClient.signedIn(mvc, filer.owner());
        stranger = PortalClient.signedIn(mvc, otherBroker.owner());
        JsonNode csrf = JSON.readTree(cbp.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")).getContentAsByteArray());
        csrfHeader = csrf.path("headerName").asString();
        csrfToken = csrf.path("token").asString();
        // the importer sends its filer copies of its forms
        owner.get("/reviews/broker-copies");
        assertThat(owner.post("/reviews/broker-copies/" + importerNumberId, Map.of("filerCode", filer.filerCode()))
                .status()).isEqualTo(200);
    }

    @Test
    void aRejectedEntryIsInTheInboxOfThoseWhoSeeTheEntryUnreadUntilMarkedRead() throws Exception {
        EntryNumber entry = file();
        MockHttpServletResponse rejected = cbp.exchange(MockMvcRequestBuilders
                .post("/api/v1/entry-summaries/" + entry.formatted() + "/actions/reject")
                .header(csrfHeader, csrfToken).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content("{\"reasons\": [\"Invoice missing\"]}"));
        assertThat(rejected.getStatus()).as(rejected.getContentAsString()).isEqualTo(200);

        UUID id = awaitNotification(importerOwner, "ENTRY_REJECTED", entry.compact());
        awaitNotification(filer.owner(), "ENTRY_REJECTED", entry.compact());
        awaitNotification(grantedOwner, "ENTRY_REJECTED", entry.compact());
        PortalClient.Page inbox = owner.get("/notifications");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("Entry " + entry.formatted() + ": rejected: resubmit it by",
                "href=\"/entries/" + entry.formatted() + "\"", "Mark as read");
        assertThat(owner.get("/notifications?show=unread&kind=ENTRY_REJECTED").body())
                .contains(entry.formatted());
        assertThat(inbox.body()).as("the navigation's unread count").contains("usa-tag bg-secondary-dark");
        assertThat(readAt(importerOwner, id)).isNull();

        // what the reviews right alone reaches is not the entry; another broker reaches nothing
        assertThat(kindsOf(formReader, entry.compact())).isEmpty();
        assertThat(kindsOf(otherBroker.owner(), entry.compact())).isEmpty();
        assertThat(kindsOf(grantedMember, entry.compact())).isEmpty();
        assertThat(stranger.get("/notifications").body()).doesNotContain(entry.formatted());
        // nor may another user mark it read
        stranger.get("/notifications");
        assertThat(stranger.post("/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
        stranger.get("/notifications");
        assertThat(stranger.post("/notifications/not-an-id/read", Map.of()).status()).isEqualTo(404);
        assertThat(readAt(importerOwner, id)).isNull();

        owner.get("/notifications");
        PortalClient.Page marked = owner.post("/notifications/" + id + "/read", Map.of());
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.body()).contains("The notification is marked as read.");
        assertThat(readAt(importerOwner, id)).isNotNull();
        assertThat(owner.get("/notifications?show=unread&kind=ENTRY_REJECTED").body())
                .doesNotContain(entry.formatted());

        // everything read at once; the count as JSON says none is left
        owner.get("/notifications");
        assertThat(owner.post("/notifications/read-all", Map.of()).status()).isEqualTo(200);
        JsonNode unread = JSON.readTree(owner.exchange(MockMvcRequestBuilders.get("/notifications/unread")
                .accept(MediaType.APPLICATION_JSON)).getContentAsByteArray());
        assertThat(unread.path("unread").asLong()).isZero();

        // read long ago, it is purged; the broker's unread one stays
        assertThat(jobs.purgeReadBefore(clock.instant().plusSeconds(1))).isPositive();
        assertThat(kindsOf(importerOwner, entry.compact())).isEmpty();
        assertThat(kindsOf(filer.owner(), entry.compact())).contains("ENTRY_REJECTED");
    }

    @Test
    void aForm28IsToldToTheImportersUsersAndTheDesignatedBrokerMailedAtOnceWithoutPersonalData() throws Exception {
        // the owner wants forms issued mailed at once; nothing else
        owner.get("/notifications/settings");
        PortalClient.Page saved = owner.post("/notifications/settings", settings(Map.of("FORM_ISSUED", "IMMEDIATE")));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("Your e-mail settings are saved.");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'INBOX_MAIL_PREFERENCES_CHANGED' "
                + "and object_id = ?").param(importerOwner.id().value().toString()).query(Long.class).single())
                .isEqualTo(1);

        // the designated broker's software asked for forms issued by webhook, as did another broker's
        registerWebhook(broker, filer.account(), "/designated");
        registerWebhook(stranger, otherBroker.account(), "/other");

        EntryNumber entry = file();
        String action = issue(entry);
        UUID id = awaitNotification(importerOwner, "FORM_ISSUED", action);
        awaitNotification(formReader, "FORM_ISSUED", action);
        awaitNotification(filer.owner(), "FORM_ISSUED", action);
        assertThat(webhookDeliveries(filer.account(), action)).as("the designated broker's courtesy copy")
                .isEqualTo(1);
        assertThat(webhookDeliveries(otherBroker.account(), action)).isZero();
        jdbc.sql("delete from webhook_endpoint where account_id in (?, ?)")
                .param(filer.account().account().id().value()).param(otherBroker.account().account().id().value())
                .update();
        assertThat(kindsOf(otherBroker.owner(), action)).isEmpty();
        assertThat(owner.get("/notifications").body()).contains("CBP Form 28 " + action + " on entry "
                + entry.formatted() + ": issued", "href=\"/reviews/forms/" + action + "\"", "Open: awaiting the answer");
        assertThat(broker.get("/notifications").body()).contains(action);
        assertThat(stranger.get("/notifications").body()).doesNotContain(action);

        MimeMessage alert = TestMailServer.awaitMessage(importerOwner.email().value(), 0, action);
        String text = TestMailServer.subject(alert) + "\n" + TestMailServer.body(alert);
        assertThat(text).contains(action, entry.formatted(), "/reviews/forms/" + action)
                .doesNotContain(ein.value(), ein.value().replace("-", ""), importerOwner.displayName(),
                        importerOwner.username().value());
        assertThat(SSN_OR_EIN.matcher(text).find()).as(text).isFalse();
        // the filer chose nothing: no mail
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(TestMailServer.messagesTo(filer.owner().email().value()).stream()
                .filter(m -> TestMailServer.subject(m).contains(action))).isEmpty();

        // the event again (the publication registry redelivers one whose handling failed): nobody is told twice
        long rows = jdbc.sql("select count(*) from inbox_notification where action_number = ?").param(action)
                .query(Long.class).single();
        String port = jdbc.sql("select port from cbp_form where action_number = ?").param(action)
                .query(String.class).single();
        events.on(new CbpFormIssued(action, "CF28", entry.compact(), port, filer.filerCode(), null, null));
        assertThat(jdbc.sql("select count(*) from inbox_notification where action_number = ?").param(action)
                .query(Long.class).single()).isEqualTo(rows);
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(TestMailServer.messagesTo(importerOwner.email().value()).stream()
                .filter(m -> TestMailServer.subject(m).contains(action))).hasSize(1);

        // the owner answers: the officers at the port are told; the inbox shows the form answered
        owner.get("/reviews/forms/" + action);
        MockHttpServletResponse answered = owner.exchange(MockMvcRequestBuilders
                .multipart("/reviews/forms/" + action + "/answer").param("body", "The invoice is attached.")
                .param("send", "yes").param("_csrf", owner.last().csrf()));
        assertThat(answered.getStatus()).isEqualTo(302);
        awaitNotification(officer, "FORM_ANSWERED", action);
        assertThat(cbp.get("/notifications").body()).contains("href=\"/officer/reviews/" + action + "\"",
                ": answered");
        PortalClient.Page after = owner.get("/notifications?kind=FORM_ISSUED");
        assertThat(after.body()).contains(action, "Answered: under CBP review");
        assertThat(readAt(importerOwner, id)).isNull();
    }

    @Test
    void aProtestFiledIsToldToThePortsOfficersAndItsDecisionToTheImporter() throws Exception {
        EntryNumber entry = file();
        LocalDate liquidatedOn = LocalDate.now(clock).minusDays(30);
        jdbc.sql("update entry_summary set status = 'LIQUIDATED', liquidation_date = ?, protest_by = ? "
                        + "where entry_number = ?").param(java.sql.Date.valueOf(liquidatedOn))
                .param(java.sql.Date.valueOf(liquidatedOn.plusDays(180))).param(entry.compact()).update();
        owner.get("/reviews/protests/new");
        MockHttpServletResponse filed = owner.exchange(MockMvcRequestBuilders.multipart("/reviews/protests")
                .param("entries", entry.formatted()).param("category", "CLASSIFICATION")
                .param("claims", "Classify under 8708.99.81 at 2.5 percent and refund the difference.")
                .param("arguments", "The goods are parts of motor vehicles.")
                .param("_csrf", owner.last().csrf()));
        assertThat(filed.getStatus()).as(filed.getContentAsString()).isEqualTo(302);
        String protest = filed.getRedirectedUrl().substring("/reviews/protests/".length());

        awaitProtestNotification(officer, "PROTEST_FILED", protest);
        assertThat(cbp.get("/notifications").body()).contains("Protest " + protest + ": filed",
                "href=\"/officer/protests/" + protest + "\"");
        cbp.get("/officer/protests/" + protest);
        assertThat(cbp.post("/officer/protests/" + protest + "/decision", Map.of("decision", "DENIED",
                "reasons", "Correctly classified.")).status()).isEqualTo(200);
        awaitProtestNotification(importerOwner, "PROTEST_DECIDED", protest);
        assertThat(owner.get("/notifications?kind=PROTEST_DECIDED").body()).contains("Protest " + protest
                + ": decided", "href=\"/reviews/protests/" + protest + "\"");
        assertThat(jdbc.sql("select count(*) from inbox_notification where protest_number = ? and user_id = ?")
                .param(protest).param(otherBroker.owner().id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void theDigestGathersADaysUnreadIntoOneMailOnce() throws Exception {
        reader.get("/notifications/settings");
        assertThat(reader.post("/notifications/settings", settings(Map.of("FORM_ISSUED", "DIGEST",
                "FORM_CLOSED", "DIGEST"))).status()).isEqualTo(200);
        String first = issue(file());
        String second = issue(file());
        awaitNotification(formReader, "FORM_ISSUED", first);
        awaitNotification(formReader, "FORM_ISSUED", second);
        TestMailServer.awaitOutboxDelivered(jdbc);
        int before = TestMailServer.messagesTo(formReader.email().value()).size();
        assertThat(digests(formReader) + mailsAbout(formReader, first) + mailsAbout(formReader, second))
                .as("no mail at once for the digest's kinds").isZero();

        LocalDate today = LocalDate.ofInstant(clock.instant(), InboxMail.ZONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(digestCommand.run(Map.of("date", today.toString()), null,
                new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Sent ");
        MimeMessage digest = TestMailServer.awaitMessage(formReader.email().value(), before,
                "your notifications of");
        String text = TestMailServer.subject(digest) + "\n" + TestMailServer.body(digest);
        assertThat(text).contains("your notifications of " + today, first, second, "/reviews/forms/" + first)
                .doesNotContain(ein.value(), formReader.displayName());
        assertThat(SSN_OR_EIN.matcher(text).find()).as(text).isFalse();

        // a second run of the same day sends nothing again
        assertThat(mail.digest(today).mails()).isZero();
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(digests(formReader)).isEqualTo(1);
        // bad usage and a day to come are refused
        assertThat(digestCommand.run(Map.of("date", "yesterday"), null, new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(digestCommand.run(Map.of("date", today.plusDays(2).toString()), null,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(1);
    }

    @Test
    void badSettingsAreAFormErrorAndSaveNothing() {
        PortalClient.Page page = broker.get("/notifications/settings");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("E-mail about notifications", "Entry summary rejected");
        Map<String, String> fields = settings(Map.of("ENTRY_REJECTED", "LOUDLY"));
        fields.remove("HOLD_PLACED");
        PortalClient.Page refused = broker.post("/notifications/settings", fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Correct the values below",
                "Entry summary rejected: choose no e-mail, an e-mail at once or the daily digest.",
                "Hold placed on cargo: choose no e-mail", "usa-form-group--error");
        assertThat(jdbc.sql("select count(*) from inbox_mail_preference where user_id = ?")
                .param(filer.owner().id().value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'INBOX_MAIL_PREFERENCES_CHANGED' "
                + "and object_id = ?").param(filer.owner().id().value().toString()).query(Long.class).single())
                .isZero();
    }

    private static long digests(PortalUser user) {
        return mailsAbout(user, "your notifications of");
    }

    private static long mailsAbout(PortalUser user, String subject) {
        return TestMailServer.messagesTo(user.email().value()).stream()
                .filter(m -> TestMailServer.subject(m).contains(subject)).count();
    }

    /** Every kind OFF but the given ones. */
    private static Map<String, String> settings(Map<String, String> chosen) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            fields.put(kind.name(), chosen.getOrDefault(kind.name(), "OFF"));
        }
        return fields;
    }

    private EntryNumber file() throws Exception {
        EntryNumber number = filer.nextEntryNumber();
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + filer.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(number, ein.value()))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return number;
    }

    private String issue(EntryNumber entry) {
        cbp.get("/officer/entries/" + entry.formatted() + "/forms/new?form=cf28");
        PortalClient.Page issued = cbp.post("/officer/entries/" + entry.formatted() + "/forms/cf28",
                Map.of("subject", "VALUE", "body", "Send the commercial invoice."));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return jdbc.sql("select action_number from cbp_form where entry_number = ? order by issued_at desc limit 1")
                .param(entry.compact()).query(String.class).single();
    }

    /** Waits (up to 10 s: the event is handled after the commit) for the user's notification of a kind about a thing. */
    private UUID awaitNotification(PortalUser user, String kind, String about) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<UUID> found = jdbc.sql("""
                    select id from inbox_notification
                    where user_id = ? and kind = ? and (entry_number = ? or action_number = ?)
                    """).param(user.id().value()).param(kind).param(about).param(about).query(UUID.class).list();
            if (!found.isEmpty()) {
                assertThat(found).as("one notification of a fact per user").hasSize(1);
                return found.getFirst();
            }
            Thread.sleep(25);
        }
        throw new AssertionError("No " + kind + " notification about " + about + " for " + user.username());
    }

    private void awaitProtestNotification(PortalUser user, String kind, String protest) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (jdbc.sql("select count(*) from inbox_notification where user_id = ? and kind = ? "
                    + "and protest_number = ?").param(user.id().value()).param(kind).param(protest)
                    .query(Long.class).single() > 0) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("No " + kind + " notification about " + protest + " for " + user.username());
    }

    private List<String> kindsOf(PortalUser user, String about) {
        return jdbc.sql("select kind from inbox_notification where user_id = ? "
                        + "and (entry_number = ? or action_number = ?)")
                .param(user.id().value()).param(about).param(about).query(String.class).list();
    }

    private java.sql.Timestamp readAt(PortalUser user, UUID id) {
        return jdbc.sql("select read_at from inbox_notification where user_id = ? and id = ?")
                .param(user.id().value()).param(id).query(java.sql.Timestamp.class).optional().orElse(null);
    }

    private static void registerWebhook(PortalClient owner, OpenTradeAccount.Opened account, String path) {
        String webhooks = "/accounts/" + account.account().id() + "/webhooks";
        owner.get(webhooks);
        PortalClient.Page registered = owner.post(webhooks, Map.of("url", "http://127.0.0.1:9" + path,
                "description", "Forms issued", "events", "CBP_FORM_ISSUED"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
    }

    /** The webhook deliveries of forms issued written for an account about the form (the listener runs after commit). */
    private long webhookDeliveries(OpenTradeAccount.Opened account, String action) {
        long found = 0;
        for (int i = 0; i < 100 && found == 0; i++) {
            found = jdbc.sql("select count(*) from webhook_delivery where account_id = ? "
                            + "and event_type = 'CBP_FORM_ISSUED' and body like ?")
                    .param(account.account().id().value()).param("%" + action + "%").query(Long.class).single();
            if (found == 0) {
                try {
                    Thread.sleep(50);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return found;
                }
            }
        }
        return found;
    }
}
