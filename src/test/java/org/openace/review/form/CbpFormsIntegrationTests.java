package org.openace.review.form;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.core.OpenTradeAccount;
import org.openace.privacy.TaxIdentifier;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reference.WorkingDays;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CBP forms end to end through the pages (issue 11, R1): an officer at the entry's port issues a Form 28, the
 * importer's user saves a draft with a PDF and sends the answer, the officer sees it to review and closes the form;
 * each step in the form's steps, the entry's history and the audit trail. Who sees what: the importer's users; the
 * broker that filed the entry only once the importer designates its filer code, and then without answering; another
 * broker nothing; an officer at another port neither reads nor acts (refused, audited). Wrong input (a renamed
 * executable, empty questions, an answer after closing, an answer to a notice of an action taken) is refused and
 * stores nothing.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CbpFormsIntegrationTests {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

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
    WorkingDays workingDays;
    @Autowired
    Clock clock;

    Broker filer;
    Broker otherBroker;
    PortalUser importerOwner;
    PortalUser reviewer;
    PortalUser viewer;
    OpenTradeAccount.Opened importer;
    UUID importerNumberId;
    PortalUser officer;
    PortalUser otherPortOfficer;

    @BeforeAll
    void accountsAndOfficers() {
        TestReferenceData.loadSamples(context);
        TaxIdentifier ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        importerOwner = users.create("cf28owner", Role.TRADE);
        importer = accounts.importer(importerOwner, ein);
        reviewer = users.create("cf28reviewer", Role.TRADE);
        viewer = users.create("cf28viewer", Role.TRADE);
        accounts.member(importer, reviewer, org.openace.account.AccountRole.USER);
        accounts.member(importer, viewer, org.openace.account.AccountRole.USER);
        accounts.right(importer, reviewer, importer.subAccounts().getFirst(), AccountFunction.REVIEWS, AccessLevel.EDIT);
        accounts.right(importer, viewer, importer.subAccounts().getFirst(), AccountFunction.REVIEWS, AccessLevel.VIEW);
        importerNumberId = jdbc.sql("select id from account_identifier where sub_account_id = ? and kind = 'IMPORTER_NUMBER'")
                .param(importer.subAccounts().getFirst().id().value()).query(UUID.class).single();
        filer = FilingFixtures.broker(mvc, users, accounts, jdbc, "cf28filer");
        otherBroker = FilingFixtures.broker(mvc, users, accounts, jdbc, "cf28other");
        officer = users.create("cf28officer", Role.OFFICER);
        otherPortOfficer = users.create("cf28elsewhere", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officer.id().value()).update();
        jdbc.sql("insert into officer_port (user_id, port) values (?, '2704')").param(otherPortOfficer.id().value())
                .update();
        this.ein = ein;
        // signed in once each: every sign-in waits for its code by mail
        cbp = PortalClient.signedIn(mvc, officer);
        elsewhere = PortalClient.signedIn(mvc, otherPortOfficer);
        owner = PortalClient.signedIn(mvc, importerOwner);
        viewing = PortalClient.signedIn(mvc, viewer);
        answering = PortalClient.signedIn(mvc, reviewer);
        broker = PortalClient.signedIn(mvc, filer.owner());
        stranger = PortalClient.signedIn(mvc, otherBroker.owner());
    }

    TaxIdentifier ein;
    PortalClient cbp;
    PortalClient elsewhere;
    PortalClient owner;
    PortalClient viewing;
    PortalClient answering;
    PortalClient broker;
    PortalClient stranger;

    @Test
    void aForm28IsIssuedAnsweredWithADocumentAndClosed() throws Exception {
        EntryNumber entry = file(filer);
        assertThat(cbp.get("/officer/entries/" + entry.formatted() + "/forms/new").status()).isEqualTo(200);
        PortalClient.Page issued = cbp.post("/officer/entries/" + entry.formatted() + "/forms/cf28",
                Map.of("subject", "VALUE", "body", "Send the commercial invoice and proof of payment."));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String action = actionNumberOn(entry);
        assertThat(action).matches("28-[0-9]{4}-[0-9]{6}");
        assertThat(issued.path()).isEqualTo("/officer/reviews/" + action);
        LocalDate today = LocalDate.now(clock);
        assertThat(jdbc.sql("select due_on from cbp_form where action_number = ?").param(action)
                .query(LocalDate.class).single()).isEqualTo(workingDays.add(today.plusDays(29), 1));
        assertThat(historyKinds(entry)).contains("FORM_ISSUED");

        // the importer's users see it; the filer only once designated; another broker never
        assertThat(owner.get("/reviews").body()).contains(action);
        assertThat(owner.get("/reviews/forms/" + action).body()).contains("Send the commercial invoice");
        assertThat(viewing.get("/reviews/forms/" + action).status()).isEqualTo(200);
        assertThat(broker.get("/reviews/forms/" + action).status()).isEqualTo(404);
        assertThat(broker.get("/reviews").body()).doesNotContain(action);
        owner.get("/reviews/broker-copies");
        assertThat(owner.post("/reviews/broker-copies/" + importerNumberId, Map.of("filerCode", filer.filerCode()))
                .status()).isEqualTo(200);
        assertThat(broker.get("/reviews/forms/" + action).body()).contains("A courtesy copy");
        assertThat(broker.get("/reviews").body()).contains(action);
        assertThat(stranger.get("/reviews/forms/" + action).status()).isEqualTo(404);
        assertThat(stranger.get("/reviews").body()).doesNotContain(action);
        // a copy is read, not answered; a viewer does not answer either
        assertThat(answer(broker, action, "draft", "From the broker", pdf("invoice.pdf")).getStatus()).isEqualTo(404);
        assertThat(answer(viewing, action, "draft", "From a viewer", pdf("invoice.pdf")).getStatus()).isEqualTo(404);

        // an officer at another port neither reads nor acts
        assertThat(elsewhere.get("/officer/reviews/" + action).status()).isEqualTo(404);
        assertThat(elsewhere.get("/officer/reviews").body()).doesNotContain(action);
        elsewhere.get("/officer/reviews");
        assertThat(elsewhere.post("/officer/reviews/" + action + "/close", Map.of()).status()).isEqualTo(404);

        // the importer's user: a draft with a document, then the answer
        answering.get("/reviews/forms/" + action);
        MockHttpServletResponse draft = answer(answering, action, null, "The invoice is attached.", pdf("invoice.pdf"));
        assertThat(draft.getStatus()).isEqualTo(302);
        assertThat(answering.get("/reviews/forms/" + action).body()).contains("Draft saved", "invoice.pdf");
        assertThat(status(action)).isEqualTo("AWAITING_ANSWER");
        assertThat(cbp.get("/officer/reviews/" + action).body()).as("a draft is not CBP's to see")
                .doesNotContain("invoice.pdf");
        MockHttpServletResponse sent = answer(answering, action, "yes", "The invoice and the wire are attached.",
                pdf("wire.pdf"));
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(status(action)).isEqualTo("ANSWERED");
        assertThat(historyKinds(entry)).contains("FORM_ANSWERED");
        assertThat(answerDocuments(action)).isEqualTo(2);
        // answered: a second answer is refused and changes nothing
        answering.get("/reviews/forms/" + action);
        MockHttpServletResponse again = answer(answering, action, "yes", "Another", pdf("more.pdf"));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("cannot be changed");
        assertThat(answerDocuments(action)).isEqualTo(2);

        // the officer sees the answer to review, downloads its document, closes the form
        assertThat(cbp.get("/officer/reviews").body()).contains("Answers to review (", action);
        assertThat(cbp.get("/officer/reviews?status=ANSWERED").body()).as("filtered by status").contains(action);
        assertThat(cbp.get("/officer/reviews?status=CLOSED").body()).doesNotContain(action);
        PortalClient.Page form = cbp.get("/officer/reviews/" + action);
        assertThat(form.body()).contains("The invoice and the wire are attached.", "invoice.pdf", "wire.pdf");
        String documentId = PortalClient.all(form.body(), "/officer/reviews/" + action + "/documents/([0-9a-f-]{36})")
                .getFirst();
        PortalClient.Page download = cbp.get("/officer/reviews/" + action + "/documents/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.response().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CBP_FORM_DOCUMENT_DOWNLOADED' "
                + "and object_id = ? and actor_id = ?").param(documentId).param(officer.id().value())
                .query(Long.class).single()).isEqualTo(1);
        cbp.get("/officer/reviews/" + action);
        assertThat(cbp.post("/officer/reviews/" + action + "/close", Map.of("note", "Value accepted as entered."))
                .status()).isEqualTo(200);
        assertThat(status(action)).isEqualTo("CLOSED");
        assertThat(historyKinds(entry)).contains("FORM_CLOSED");
        assertThat(owner.get("/reviews/forms/" + action).body()).contains("Value accepted as entered.", "Closed");

        // closed: an answer is refused and nothing is stored
        answering.get("/reviews/forms/" + action);
        long documentsBefore = jdbc.sql("select count(*) from document").query(Long.class).single();
        MockHttpServletResponse late = answer(answering, action, null, "Late", pdf("late.pdf"));
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("This form is closed");
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(documentsBefore);

        assertThat(auditActions(action)).contains("CBP_FORM_ISSUED", "CBP_FORM_ANSWER_SAVED", "CBP_FORM_ANSWERED",
                "CBP_FORM_CLOSED");
        assertThat(jdbc.sql("select kind from cbp_form_step where action_number = ? order by seq").param(action)
                .query(String.class).list()).containsExactly("ISSUED", "ANSWERED", "CLOSED");
    }

    @Test
    void aRenamedExecutableIsRefusedAndNothingIsStored() throws Exception {
        EntryNumber entry = file(filer);
        String action = issue(entry, "cf28", Map.of("subject", "CLASSIFICATION", "body", "Describe the goods."));
        answering.get("/reviews/forms/" + action);
        long documents = jdbc.sql("select count(*) from document").query(Long.class).single();
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        MockHttpServletResponse refused = answer(answering, action, "yes", "See the attachment.",
                new MockMultipartFile(AnswerUploads.PART, "invoice.pdf", "application/pdf", executable));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("See the attachment.");
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(documents);
        assertThat(jdbc.sql("select count(*) from cbp_form_answer where action_number = ?").param(action)
                .query(Long.class).single()).as("not even the text of the refused save").isZero();
        assertThat(status(action)).isEqualTo("AWAITING_ANSWER");
    }

    @Test
    void anOfficerFollowsAForm28WithAForm29() throws Exception {
        EntryNumber entry = file(filer);
        String action = issue(entry, "cf28", Map.of("subject", "CLASSIFICATION", "body", "What is the fabric?"));
        answering.get("/reviews/forms/" + action);
        assertThat(answer(answering, action, "yes", "Cotton, 100 percent.", null).getStatus()).isEqualTo(302);
        cbp.get("/officer/reviews/" + action);
        PortalClient.Page followed = cbp.post("/officer/reviews/" + action + "/follow-up", Map.of("notice", "PROPOSED",
                "subject", "CLASSIFICATION", "body", "We propose to classify the goods under 6205.20.20.",
                "entryChange", "HTS 9403.20.00.17 becomes 6205.20.20.16; duty from 0 to 19.7 percent."));
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        String notice = jdbc.sql("select action_number from cbp_form where follows = ?").param(action)
                .query(String.class).single();
        assertThat(notice).startsWith("29-");
        assertThat(status(action)).isEqualTo("CLOSED");
        assertThat(status(notice)).isEqualTo("AWAITING_ANSWER");
        assertThat(jdbc.sql("select due_on from cbp_form where action_number = ?").param(notice)
                .query(LocalDate.class).single()).isEqualTo(workingDays.add(LocalDate.now(clock).plusDays(19), 1));
        assertThat(jdbc.sql("select kind from cbp_form_step where action_number = ? order by seq").param(action)
                .query(String.class).list()).containsExactly("ISSUED", "ANSWERED", "FOLLOWED_UP");
        assertThat(owner.get("/reviews/forms/" + notice).body())
                .contains("6205.20.20.16", "Notice of Action");
    }

    @Test
    void aNoticeOfAnActionTakenAsksNoAnswer() throws Exception {
        EntryNumber entry = file(filer);
        String action = issue(entry, "cf29", Map.of("notice", "TAKEN", "subject", "VALUE",
                "body", "The entered value is increased by the assist.", "entryChange", "Value plus 1,200.00."));
        assertThat(status(action)).isEqualTo("NOTIFIED");
        assertThat(jdbc.sql("select due_on from cbp_form where action_number = ?").param(action)
                .query(LocalDate.class).optional()).isEmpty();
        PortalClient.Page page = answering.get("/reviews/forms/" + action);
        assertThat(page.body()).doesNotContain("Send the answer to CBP");
        MockHttpServletResponse refused = answer(answering, action, "yes", "We disagree.", null);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("no answer");
    }

    @Test
    void wrongInputAndTheWrongPortAreRefusedAndNothingIsIssued() throws Exception {
        EntryNumber entry = file(filer);
        cbp.get("/officer/entries/" + entry.formatted() + "/forms/new");
        PortalClient.Page empty = cbp.post("/officer/entries/" + entry.formatted() + "/forms/cf28",
                Map.of("subject", "", "body", " ", "dueOn", "2020-01-01"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Write the questions", "Choose what the form is about",
                "The due date must be after today");
        PortalClient.Page noChange = cbp.post("/officer/entries/" + entry.formatted() + "/forms/cf29",
                Map.of("notice", "PROPOSED", "subject", "VALUE", "body", "We propose."));
        assertThat(noChange.status()).isEqualTo(400);
        assertThat(noChange.body()).contains("Say what changes on the entry");
        PortalClient.Page outside = elsewhere.get("/officer/entries/" + entry.formatted() + "/forms/new");
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.body()).contains("not one of your ports");
        assertThat(elsewhere.post("/officer/entries/" + entry.formatted() + "/forms/cf28",
                Map.of("subject", "VALUE", "body", "Questions")).status()).isEqualTo(403);
        assertThat(cbp.get("/officer/entries/ABC-0000000-0/forms/new").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from cbp_form where entry_number = ?").param(entry.compact())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'CBP_FORM_REFUSED' and actor_id = ?
                """).param(otherPortOfficer.id().value()).query(Long.class).single()).isEqualTo(2);
    }

    private String issue(EntryNumber entry, String form, Map<String, String> fields) {
        cbp.get("/officer/entries/" + entry.formatted() + "/forms/new?form=" + form);
        PortalClient.Page issued = cbp.post("/officer/entries/" + entry.formatted() + "/forms/" + form, fields);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return jdbc.sql("select action_number from cbp_form where entry_number = ? order by issued_at desc limit 1")
                .param(entry.compact()).query(String.class).single();
    }

    private MockMultipartFile pdf(String name) {
        return new MockMultipartFile(AnswerUploads.PART, name, "application/pdf", PDF);
    }

    private MockHttpServletResponse answer(PortalClient client, String action, String send, String body,
                                           MockMultipartFile file) {
        var request = MockMvcRequestBuilders.multipart("/reviews/forms/" + action + "/answer");
        if (file != null) {
            request.file(file);
        }
        request.param("body", body).param("_csrf", client.last() == null ? "" : client.last().csrf());
        if (send != null) {
            request.param("send", send);
        }
        return client.exchange(request);
    }

    private EntryNumber file(Broker broker) throws Exception {
        EntryNumber number = broker.nextEntryNumber();
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(number, ein.value()))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return number;
    }

    private String actionNumberOn(EntryNumber entry) {
        return jdbc.sql("select action_number from cbp_form where entry_number = ?").param(entry.compact())
                .query(String.class).single();
    }

    private String status(String action) {
        return jdbc.sql("select status from cbp_form where action_number = ?").param(action).query(String.class)
                .single();
    }

    private long answerDocuments(String action) {
        return jdbc.sql("""
                select count(*) from cbp_form_answer_document d join cbp_form_answer a on a.id = d.answer_id
                where a.action_number = ?
                """).param(action).query(Long.class).single();
    }

    private java.util.List<String> historyKinds(EntryNumber entry) {
        return jdbc.sql("select kind from entry_history where entry_number = ? order by seq").param(entry.compact())
                .query(String.class).list();
    }

    private java.util.List<String> auditActions(String action) {
        return jdbc.sql("select action from audit_event where object_id = ? order by occurred_at")
                .param(action).query(String.class).list();
    }
}
