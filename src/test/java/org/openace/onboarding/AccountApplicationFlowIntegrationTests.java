package org.openace.onboarding;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openace.account.AccessControl;
import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.core.Identifier;
import org.openace.account.core.Identifiers;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.identity.Username;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** A1 and the officer's side: apply, resume, submit, return, resubmit, approve, and the new owner's first sign-in. */
@PortalTest
class AccountApplicationFlowIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Identifiers identifiers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessControl access;
    @Autowired
    UserDirectory directory;
    @Autowired
    ApproveApplication approveApplication;

    private PortalClient officer() {
        PortalUser officer = users.create("appofficer", Role.OFFICER);
        PortalClient client = new PortalClient(mvc);
        client.signIn(officer);
        return client;
    }

    private UUID applicationId(String reference) {
        return jdbc.sql("select id from account_application where reference = ?").param(reference).query(UUID.class).single();
    }

    private String status(String reference) {
        return jdbc.sql("select status from account_application where reference = ?").param(reference)
                .query(String.class).single();
    }

    @Test
    void aVisitorAppliesResumesByTheEmailedLinkSubmitsAndTheApprovedOwnerSignsIn() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);

        PortalClient.Page start = visitor.get("/apply");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body().indexOf("Privacy Act statement")).as("the statement comes before the first field")
                .isLessThan(start.body().indexOf("name=\"name\""));
        Applying.Started started = Applying.start(visitor, data);
        assertThat(status(started.reference())).isEqualTo("DRAFT");
        assertThat(Applying.company(visitor, data).path()).isEqualTo("/apply/officer");
        assertThat(Applying.officer(visitor, data).path()).isEqualTo("/apply/tax-identifier");

        PortalClient later = new PortalClient(mvc);
        PortalClient.Page resumed = later.get(started.resumePath());
        assertThat(resumed.path()).as("the token leaves the address bar; the first step to do opens")
                .isEqualTo("/apply/tax-identifier");
        assertThat(resumed.body()).contains(started.reference());
        assertThat(later.get("/apply/company").body()).as("what was saved from the first browser")
                .contains("Acme Imports " + data.tag() + " LLC");
        assertThat(Applying.taxIdentifier(later, data).path()).isEqualTo("/apply/contacts");
        assertThat(Applying.contacts(later, data).path()).isEqualTo("/apply/activities");
        assertThat(Applying.activitiesWithBroker(later, data).path()).isEqualTo("/apply/owner");
        assertThat(Applying.owner(later, data).path()).isEqualTo("/apply/review");

        PortalClient.Page review = later.get("/apply/review");
        assertThat(review.body()).contains(data.tax().masked(), data.filerCode().value(), data.username(),
                "Paul Point " + data.tag()).doesNotContain(data.tax().value());
        assertThat(review.body()).as("the importer number is shown on review: the tax identifier, masked")
                .containsSubsequence("Importer number: ", data.importerNumber().display(), "(the tax identifier)");
        PortalClient.Page submitted = later.post("/apply/submit", Map.of("terms", "yes"));
        assertThat(submitted.path()).isEqualTo("/apply/submitted");
        assertThat(submitted.body()).contains(started.reference());
        assertThat(status(started.reference())).isEqualTo("SUBMITTED");
        assertThat(TestMailServer.subject(TestMailServer.awaitMessage(data.applicantEmail(), 2)))
                .contains(started.reference(), "submitted");
        assertThat(new PortalClient(mvc).get(started.resumePath()).status())
                .as("a submitted application is not reopened by its link").isEqualTo(410);

        PortalClient officer = officer();
        assertThat(officer.get("/officer/applications").body()).contains(started.reference());
        UUID id = applicationId(started.reference());
        PortalClient.Page detail = officer.get("/officer/applications/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("Acme Imports " + data.tag(), data.tax().masked(), "Olga Officer " + data.tag(),
                "not held by any account", "free").doesNotContain(data.tax().value());
        assertThat(detail.body()).as("the officer sees the importer number and checks it against other accounts")
                .containsSubsequence("Importer number " + data.importerNumber().display() + " (Importer):",
                        "not held by any account")
                .containsSubsequence("Importer number: ", data.importerNumber().display(), "(the tax identifier)");

        PortalClient.Page approved = officer.post("/officer/applications/" + id + "/approve", Map.of());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body()).contains("is approved");
        assertThat(status(started.reference())).isEqualTo("APPROVED");
        assertThat(TestMailServer.subject(TestMailServer.awaitMessage(data.applicantEmail(), 3))).contains("approved");
        assertThat(jdbc.sql("select kind from account_application_event where application_id = ? order by occurred_at")
                .param(id).query(String.class).list()).containsExactly("STARTED", "SUBMITTED", "APPROVED");
        assertAudited(id, "APPLICATION_STARTED", "APPLICATION_SUBMITTED", "APPLICATION_APPROVED");

        MimeMessage welcome = TestMailServer.awaitMessage(data.ownerEmail(), 1);
        PortalClient owner = new PortalClient(mvc);
        assertThat(owner.get(TestMailServer.linkPathIn(welcome)).path()).isEqualTo("/reset-password");
        PortalClient.Page set = owner.post("/reset-password", Map.of("password", TestUsers.PASSWORD,
                "confirmation", TestUsers.PASSWORD));
        assertThat(set.path()).startsWith("/sign-in");
        PortalClient.Page home = new PortalClient(mvc).signIn(data.username(), TestUsers.PASSWORD, data.ownerEmail());
        assertThat(home.path()).isEqualTo("/");
        assertThat(home.heading()).contains(data.ownerName());

        UserSummary ownerUser = directory.findByUsername(new Username(data.username())).orElseThrow();
        AccountId account = new AccountId(jdbc.sql("select account_id from account_application where id = ?").param(id)
                .query(UUID.class).single());
        assertThat(access.roleIn(ownerUser.id(), account)).contains(AccountRole.OWNER);
        assertThat(jdbc.sql("select count(*) from sub_account where account_id = ? and status = 'ACTIVE'")
                .param(account.value()).query(Integer.class).single()).isEqualTo(2);
        Identifier importerNumber = identifiers.findByValue(data.importerNumber()).orElseThrow();
        assertThat(jdbc.sql("select activity from sub_account where id = ? and account_id = ?")
                .param(importerNumber.subAccountId().value()).param(account.value()).query(String.class).single())
                .as("the importer sub-account opens with the tax identifier as its importer number")
                .isEqualTo("IMPORTER");
        assertThat(jdbc.sql("select kind from account_contact where account_id = ? order by kind").param(account.value())
                .query(String.class).list()).containsExactly("COMPANY_OFFICER", "POINT_OF_CONTACT");
        assertThat(officer.get("/officer/applications/" + id).body()).doesNotContain("Approve and open the account");
    }

    @Test
    void anOfficerReturnsTheApplicationWithReasonsAndTheApplicantCorrectsAndSubmitsItAgain() {
        Applying.Data data = Applying.fresh(identifiers);
        Applying.Started started = Applying.applyAndSubmit(new PortalClient(mvc), data);
        UUID id = applicationId(started.reference());
        PortalClient officer = officer();
        officer.get("/officer/applications/" + id);

        PortalClient.Page tooShort = officer.post("/officer/applications/" + id + "/return", Map.of("reason", "Fix it"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("10 to 2,000 characters");
        assertThat(status(started.reference())).isEqualTo("SUBMITTED");

        String reasons = "The EIN does not match the company's legal name. Check the number and its suffix.";
        PortalClient.Page returned = officer.post("/officer/applications/" + id + "/return", Map.of("reason", reasons));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body()).contains("was returned");
        assertThat(status(started.reference())).isEqualTo("RETURNED");
        MimeMessage mail = TestMailServer.awaitMessage(data.applicantEmail(), 3);
        assertThat(TestMailServer.body(mail)).contains("The EIN does not match the company");
        String newLink = Applying.resumePathIn(mail);
        assertThat(newLink).isNotEqualTo(started.resumePath());

        PortalClient applicant = new PortalClient(mvc);
        PortalClient.Page opened = applicant.get(newLink);
        assertThat(opened.path()).isEqualTo("/apply/review");
        assertThat(opened.body()).contains("A customs officer returned your application", "Check the number and its suffix");
        assertThat(new PortalClient(mvc).get(started.resumePath()).path()).as("the first link works again too")
                .isEqualTo("/apply/review");

        Applying.Data corrected = data.withTax(org.openace.test.TestAccounts.ein());
        applicant.get("/apply/tax-identifier");
        assertThat(Applying.taxIdentifier(applicant, corrected).path()).isEqualTo("/apply/contacts");
        PortalClient.Page again = Applying.submit(applicant);
        assertThat(again.path()).isEqualTo("/apply/submitted");
        assertThat(again.body()).contains("submitted again");
        assertThat(status(started.reference())).isEqualTo("SUBMITTED");

        assertThat(jdbc.sql("select kind from account_application_event where application_id = ? order by occurred_at")
                .param(id).query(String.class).list())
                .containsExactly("STARTED", "SUBMITTED", "RETURNED", "RESUBMITTED");
        assertThat(jdbc.sql("select reason from account_application_event where application_id = ? and kind = 'RETURNED'")
                .param(id).query(String.class).single()).isEqualTo(reasons);
        PortalClient.Page history = officer.get("/officer/applications/" + id);
        assertThat(history.body()).contains("Submitted again", "Returned to the applicant", corrected.tax().masked());
        assertAudited(id, "APPLICATION_RETURNED");
        assertThat(jdbc.sql("select details ->> 'again' from audit_event where action = 'APPLICATION_SUBMITTED' "
                + "and object_id = ? order by seq").param(id.toString()).query(String.class).list())
                .containsExactly("false", "true");
    }

    @Test
    void anOfficerCannotApproveTheirOwnApplication() {
        PortalUser officerUser = users.create("selfapprove", Role.OFFICER);
        Applying.Data data = Applying.fresh(identifiers).withApplicantEmail(officerUser.email().value());
        Applying.Started started = Applying.applyAndSubmit(new PortalClient(mvc), data);
        UUID id = applicationId(started.reference());
        PortalClient officer = new PortalClient(mvc);
        officer.signIn(officerUser);
        officer.get("/officer/applications/" + id);

        PortalClient.Page refused = officer.post("/officer/applications/" + id + "/approve", Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Another officer must decide");
        assertThat(status(started.reference())).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from trade_account where application_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select outcome from audit_event where action = 'APPLICATION_APPROVED' and object_id = ?")
                .param(id.toString()).query(String.class).list()).containsExactly("DENIED");
    }

    @Test
    void twoOfficersApprovingAtOnceOpenOneAccount() throws Exception {
        Applying.Data data = Applying.fresh(identifiers);
        Applying.Started started = Applying.applyAndSubmit(new PortalClient(mvc), data);
        UUID id = applicationId(started.reference());
        PortalUser first = users.create("racer", Role.OFFICER);
        PortalUser second = users.create("racer", Role.OFFICER);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<ApproveApplication.Result>> tasks = List.of(first, second).stream()
                    .map(o -> (Callable<ApproveApplication.Result>) () -> {
                        go.await();
                        return approveApplication.approve(id, new Reviewer(o.id(), o.username().value(), o.email()));
                    }).toList();
            List<Future<ApproveApplication.Result>> futures = tasks.stream().map(pool::submit).toList();
            go.countDown();
            List<ApproveApplication.Result> results = futures.stream().map(f -> {
                try {
                    return f.get();
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();

            assertThat(results).filteredOn(r -> r instanceof ApproveApplication.Result.Approved).hasSize(1);
            assertThat(results).filteredOn(r -> r instanceof ApproveApplication.Result.NotSubmitted).hasSize(1);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from trade_account where application_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(TestMailServer.messagesTo(data.ownerEmail())).hasSize(1);
    }

    @Test
    void aUserIdTakenAfterSubmissionStopsTheApprovalWithNothingChanged() {
        Applying.Data data = Applying.fresh(identifiers);
        Applying.Started started = Applying.applyAndSubmit(new PortalClient(mvc), data);
        UUID id = applicationId(started.reference());
        directory.createAndInvite(new Username(data.username()), "Someone Else", new EmailAddress("else." + data.tag()
                + "@openace.test"), java.util.Set.of(Role.TRADE), "a test took the user ID");
        PortalClient officer = officer();
        assertThat(officer.get("/officer/applications/" + id).body()).contains("taken by an existing user");

        PortalClient.Page conflict = officer.post("/officer/applications/" + id + "/approve", Map.of());

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("user ID was taken meanwhile");
        assertThat(status(started.reference())).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from trade_account where application_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(TestMailServer.messagesTo(data.ownerEmail())).isEmpty();
    }

    @Test
    void anOfficerRevealsAMaskedNumberOfAnApplicationOnlyForAStatedReason() {
        org.openace.privacy.TaxIdentifier ssn = org.openace.test.TestAccounts.ssn();
        Applying.Data data = Applying.fresh(identifiers).withTax(ssn);
        Applying.Started started = Applying.applyAndSubmit(new PortalClient(mvc), data);
        UUID id = applicationId(started.reference());
        PortalClient officer = officer();
        String path = "/officer/applications/" + id;
        assertThat(officer.get(path).body()).contains(ssn.masked()).doesNotContain(ssn.value());

        PortalClient.Page noReason = officer.post(path + "/reveal", Map.of("field", "TAX_IDENTIFIER", "reason", "x"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).doesNotContain(ssn.value());
        PortalClient.Page revealed = officer.post(path + "/reveal", Map.of("field", "TAX_IDENTIFIER",
                "reason", "APPLICATION_REVIEW", "note", "checking the application"));
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body()).contains(ssn.value());
        assertThat(officer.get(path).body()).doesNotContain(ssn.value());
        PortalClient.Page importer = officer.post(path + "/reveal", Map.of("field", "IMPORTER",
                "reason", "APPLICATION_REVIEW"));
        assertThat(importer.status()).as("the importer number is the tax identifier: nothing else to reveal")
                .isEqualTo(400);
        assertThat(importer.body()).doesNotContain(ssn.value());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSONAL_DATA_REVEALED' "
                + "and object_id like ? and outcome = 'SUCCESS'").param(id + "%").query(Integer.class).single())
                .isEqualTo(1);
    }

    private void assertAudited(UUID application, String... actions) {
        assertThat(jdbc.sql("select action from audit_event where object_type = 'ACCOUNT_APPLICATION' and object_id = ? "
                        + "and outcome = 'SUCCESS'").param(application.toString()).query(String.class).list())
                .contains(actions);
    }
}
