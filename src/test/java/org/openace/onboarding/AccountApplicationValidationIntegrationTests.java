package org.openace.onboarding;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A1: bad input on every step is a field error with 400 and nothing saved; identifiers other accounts hold are
 * accepted without a word to the applicant and shown to the officer; personal identifiers never stored in plain text.
 */
@PortalTest
class AccountApplicationValidationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Identifiers identifiers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TradeAccounts tradeAccounts;

    private UUID applicationId(String reference) {
        return jdbc.sql("select id from account_application where reference = ?").param(reference).query(UUID.class).single();
    }

    @Test
    void withoutThePrivacyActAcknowledgedNothingStarts() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        visitor.get("/apply");

        PortalClient.Page refused = visitor.post("/apply", Map.of("name", data.applicantName(),
                "email", data.applicantEmail()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Confirm that you have read the Privacy Act statement")
                .contains("value=\"" + data.applicantEmail() + "\"");
        assertThat(jdbc.sql("select count(*) from account_application where applicant_email = ?")
                .param(data.applicantEmail()).query(Integer.class).single()).isZero();
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(TestMailServer.messagesTo(data.applicantEmail())).isEmpty();

        PortalClient.Page badEmail = visitor.post("/apply", Map.of("privacyAct", "yes", "name", "Ada",
                "email", "not-an-address"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("name@example.com");
    }

    @Test
    void theErrorSummaryListsTheProblemsInTheOrderOfTheFields() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        Applying.start(visitor, data);

        PortalClient.Page company = visitor.post("/apply/company", Map.of("legalName", "", "street", "",
                "city", "", "country", "XX", "phone", "call me", "go", "next"));

        assertThat(company.status()).isEqualTo(400);
        assertThat(summaryLinks(company)).containsExactly("legalName", "street", "city", "country", "phone");
    }

    @Test
    void theTaxIdentifierStepListsItsProblemsInTheOrderOfTheFields() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        Applying.start(visitor, data);

        PortalClient.Page tax = visitor.post("/apply/tax-identifier", Map.of("kind", "", "value", "", "go", "next"));

        assertThat(tax.status()).isEqualTo(400);
        assertThat(summaryLinks(tax)).containsExactly("kind", "value");
        assertThat(tax.body()).contains("Choose the kind of tax identifier", "Enter the number");
    }

    @Test
    void theContactsStepListsItsProblemsInTheOrderOfTheFields() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        Applying.start(visitor, data);
        visitor.get("/apply/contacts");

        PortalClient.Page contacts = Applying.postLists(visitor, "/apply/contacts", Map.of(
                "contactName", List.of("", "Paul Point"),
                "contactTitle", List.of("Clerk", "Line one\nline two"),
                "contactEmail", List.of("nobody", ""),
                "contactPhone", List.of("12", "410 555 0102"),
                "go", List.of("next")));

        assertThat(contacts.status()).isEqualTo(400);
        assertThat(summaryLinks(contacts)).containsExactly("contact-0-name", "contact-0-email", "contact-0-phone",
                "contact-1-title", "contact-1-email");
    }

    @Test
    void theActivitiesStepListsItsProblemsInTheOrderOfTheFields() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        Applying.start(visitor, data);
        visitor.get("/apply/activities");

        // posted in the reverse of the page's order, with an activity that is not on the list
        PortalClient.Page activities = Applying.postLists(visitor, "/apply/activities", Map.of(
                "activity", List.of("FACILITY_OPERATOR", "CARRIER", "SURETY", "BROKER", "NO_SUCH_ACTIVITY"),
                "identifierSlot", List.of("FACILITY_OPERATOR.FIRMS_CODE", "CARRIER.SCAC", "SURETY.SURETY_CODE",
                        "BROKER.FILER_CODE"),
                "identifierValue", List.of("1", "2", "000", "000"),
                "go", List.of("next")));

        assertThat(activities.status()).isEqualTo(400);
        assertThat(summaryLinks(activities)).containsExactly("activity-importer", "identifier-broker-filer_code",
                "identifier-surety-surety_code", "identifier-carrier-scac", "identifier-facility_operator-firms_code");
    }

    /** The fields the error summary of a page links to, in its order. */
    private static List<String> summaryLinks(PortalClient.Page page) {
        String summary = page.body().substring(page.body().indexOf("error-summary-heading"));
        summary = summary.substring(0, summary.indexOf("</ul>"));
        return PortalClient.all(summary, "href=\"#([a-zA-Z0-9_-]+)\"").stream().distinct().toList();
    }

    @Test
    void theImporterNumberIsAskedOnceAsTheTaxIdentifier() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        Applying.start(visitor, data);
        Applying.company(visitor, data);
        Applying.officer(visitor, data);
        assertThat(visitor.get("/apply/activities").body()).as("before the tax identifier is given")
                .contains("The importer number is the tax identifier, which you have not given yet.");
        Applying.taxIdentifier(visitor, data);
        Applying.contacts(visitor, data);

        PortalClient.Page activities = visitor.get("/apply/activities");
        assertThat(activities.body()).contains("Importer number: " + data.tax().masked() + ", the tax identifier you gave.")
                .doesNotContain("identifier-importer-importer_number").doesNotContain("IMPORTER.IMPORTER_NUMBER")
                .doesNotContain(data.tax().value());
        TaxIdentifier other = TestAccounts.ein();
        PortalClient.Page saved = Applying.postLists(visitor, "/apply/activities", Map.of(
                "activity", List.of("IMPORTER"), "identifierSlot", List.of("IMPORTER.IMPORTER_NUMBER"),
                "identifierValue", List.of(other.value()), "go", List.of("next")));
        assertThat(saved.path()).as("a posted importer number is not a question any more: it is ignored")
                .isEqualTo("/apply/owner");
        assertThat(jdbc.sql("""
                select count(*) from account_application_identifier i join account_application a
                on a.id = i.application_id where a.applicant_email = ?""").param(data.applicantEmail())
                .query(Integer.class).single()).as("only the tax identifier is kept").isZero();

        PortalClient.Page review = visitor.get("/apply/review");
        assertThat(review.body()).containsSubsequence("Importer number: ", data.tax().masked(), "(the tax identifier)")
                .doesNotContain(other.masked());
    }

    @Test
    void anEinIsAskedForWithItsSuffixAndNineDigitsAloneAreRefused() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        Applying.start(visitor, data);
        Applying.company(visitor, data);
        Applying.officer(visitor, data);
        String nineDigits = data.tax().value().substring(0, 10);

        PortalClient.Page refused = visitor.post("/apply/tax-identifier", Map.of("kind", "EIN", "value", nineDigits,
                "go", "next"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("with its 2-character suffix, for example 12-3456789AB")
                .doesNotContain(nineDigits);
        assertThat(Applying.taxIdentifier(visitor, data).path()).as("with the suffix").isEqualTo("/apply/contacts");
    }

    @Test
    void theStepsRefuseBadInputWithFieldErrorsAndKeepWhatWasTyped() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        Applying.start(visitor, data);

        PortalClient.Page company = visitor.post("/apply/company", Map.of("legalName", "Acme " + data.tag(),
                "street", "", "city", "Baltimore", "country", "XX", "phone", "call me", "go", "next"));
        assertThat(company.status()).isEqualTo(400);
        assertThat(company.body()).contains("Enter the street address", "two-letter ISO country code",
                "at least 7 digits", "value=\"Acme " + data.tag() + "\"", "usa-form-group--error");
        assertThat(jdbc.sql("select legal_name from account_application where applicant_email = ?")
                .param(data.applicantEmail()).query(String.class).optional()).isEmpty();

        assertThat(Applying.company(visitor, data).path()).isEqualTo("/apply/officer");
        PortalClient.Page back = visitor.post("/apply/officer", Map.of("name", "Olga " + data.tag(), "title", "",
                "email", "olga@", "phone", "410 555 0101", "go", "back"));
        assertThat(back.path()).as("going back with errors").isEqualTo("/apply/company");
        assertThat(back.body()).contains("is not saved yet");
        PortalClient.Page officerAgain = visitor.get("/apply/officer");
        assertThat(officerAgain.body()).as("what was typed is kept").contains("value=\"Olga " + data.tag() + "\"",
                "value=\"olga@\"", "not saved yet");
        assertThat(Applying.officer(visitor, data).path()).isEqualTo("/apply/tax-identifier");

        PortalClient.Page badEin = visitor.post("/apply/tax-identifier", Map.of("kind", "EIN", "value", "00-1234567",
                "go", "next"));
        assertThat(badEin.status()).isEqualTo(400);
        assertThat(badEin.body()).contains("employer identification number with its 2-character suffix")
                .doesNotContain("00-1234567");
        PortalClient.Page badSsn = visitor.post("/apply/tax-identifier", Map.of("kind", "SSN", "value", "666-12-3456",
                "go", "next"));
        assertThat(badSsn.status()).isEqualTo(400);
        assertThat(badSsn.body()).contains("Social Security number as 9 digits").doesNotContain("666-12-3456");
        PortalClient.Page noKind = visitor.post("/apply/tax-identifier", Map.of("value", data.tax().value(), "go", "next"));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.body()).contains("Choose the kind of tax identifier").doesNotContain(data.tax().value());
        assertThat(Applying.taxIdentifier(visitor, data).path()).isEqualTo("/apply/contacts");

        PortalClient.Page badContact = visitor.post("/apply/contacts", Map.of("contactName", "", "contactTitle", "Clerk",
                "contactEmail", "nobody", "contactPhone", "12", "go", "next"));
        assertThat(badContact.status()).isEqualTo(400);
        assertThat(badContact.body()).contains("Enter the contact&#39;s full name", "name@example.com", "at least 7 digits");
        assertThat(visitor.post("/apply/contacts", Map.of("go", "add")).body()).contains("Point of contact 1");
        assertThat(visitor.post("/apply/contacts", Map.of("go", "next")).path()).as("no contact is an answer too")
                .isEqualTo("/apply/activities");

        PortalClient.Page noActivity = Applying.postLists(visitor, "/apply/activities", Map.of("go", List.of("next")));
        assertThat(noActivity.status()).isEqualTo(400);
        assertThat(noActivity.body()).contains("Choose at least one business activity");
        PortalClient.Page badFiler = Applying.postLists(visitor, "/apply/activities", Map.of(
                "activity", List.of("BROKER"), "identifierSlot", List.of("BROKER.FILER_CODE"),
                "identifierValue", List.of("000"), "go", List.of("next")));
        assertThat(badFiler.status()).isEqualTo(400);
        assertThat(badFiler.body()).contains("3-character entry filer code");
        PortalClient.Page missingIdentifier = Applying.postLists(visitor, "/apply/activities", Map.of(
                "activity", List.of("CARRIER", "EXPORTER"), "identifierSlot", List.of("CARRIER.SCAC"),
                "identifierValue", List.of(""), "go", List.of("next")));
        assertThat(missingIdentifier.status()).isEqualTo(400);
        assertThat(missingIdentifier.body()).contains("Enter the standard carrier alpha code (SCAC) of the carrier activity");
        PortalClient.Page twice = Applying.postLists(visitor, "/apply/activities", Map.of(
                "activity", List.of("BROKER", "FILER"), "identifierSlot", List.of("BROKER.FILER_CODE", "FILER.FILER_CODE"),
                "identifierValue", List.of(data.filerCode().value(), data.filerCode().value()), "go", List.of("next")));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("Each identifier belongs to one activity");
        assertThat(jdbc.sql("select count(*) from account_application_activity a join account_application p "
                + "on p.id = a.application_id where p.applicant_email = ?").param(data.applicantEmail())
                .query(Integer.class).single()).as("nothing half-written").isZero();
        assertThat(Applying.activitiesWithBroker(visitor, data).path()).isEqualTo("/apply/owner");

        PortalUser existing = users.create("takenid", Role.TRADE);
        PortalClient.Page taken = visitor.post("/apply/owner", Map.of("name", "Oscar", "email", data.ownerEmail(),
                "username", existing.username().value(), "go", "next"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("That user ID is taken, choose another");
        assertThat(Applying.owner(visitor, data).path()).isEqualTo("/apply/review");

        PortalClient.Page noTerms = visitor.post("/apply/submit", Map.of());
        assertThat(noTerms.status()).isEqualTo(400);
        assertThat(noTerms.body()).contains("Accept the Terms and Conditions to submit");
        assertThat(jdbc.sql("select status from account_application where applicant_email = ?")
                .param(data.applicantEmail()).query(String.class).single()).isEqualTo("DRAFT");
        assertThat(Applying.submit(visitor).path()).isEqualTo("/apply/submitted");
    }

    @Test
    void anIncompleteApplicationIsNotSubmitted() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        Applying.start(visitor, data);
        Applying.company(visitor, data);

        PortalClient.Page review = visitor.get("/apply/review");
        assertThat(review.body()).contains("Steps still to do", "Company officer", "Tax identifier");
        PortalClient.Page refused = visitor.post("/apply/submit", Map.of("terms", "yes"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Finish every step before you submit");
        assertThat(jdbc.sql("select status from account_application where applicant_email = ?")
                .param(data.applicantEmail()).query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void withoutAnApplicationInProgressTheStepsLeadToTheStart() {
        PortalClient visitor = new PortalClient(mvc);

        for (String step : List.of("/apply/company", "/apply/officer", "/apply/tax-identifier", "/apply/contacts",
                "/apply/activities", "/apply/owner", "/apply/review", "/apply/submitted", "/apply/continue")) {
            PortalClient.Page page = visitor.get(step);
            assertThat(page.path()).as(step).isEqualTo("/apply");
            assertThat(page.status()).isEqualTo(200);
        }
        assertThat(visitor.get("/apply/resume/" + "A".repeat(43)).status()).isEqualTo(410);
        assertThat(visitor.get("/apply/resume/short").status()).isEqualTo(410);
    }

    @Test
    void identifiersOtherAccountsHoldAreAcceptedSilentlyAndShownToTheOfficer() {
        PortalUser holder = users.create("holder", Role.TRADE);
        OpenTradeAccount.Opened broker = accounts.broker(holder);
        TradeIdentifier heldFiler = TradeIdentifier.parse(IdentifierKind.FILER_CODE,
                identifiers.ofSubAccount(broker.subAccounts().getFirst().id()).getFirst().display()).orElseThrow();
        Applying.Data data = Applying.fresh(identifiers).withFilerCode(heldFiler);
        PortalClient visitor = new PortalClient(mvc);
        Applying.Started started = Applying.start(visitor, data);
        Applying.company(visitor, data);
        Applying.officer(visitor, data);
        Applying.taxIdentifier(visitor, data);
        Applying.contacts(visitor, data);

        PortalClient.Page accepted = Applying.activitiesWithBroker(visitor, data);

        assertThat(accepted.path()).isEqualTo("/apply/owner");
        assertThat(accepted.body()).doesNotContain(broker.account().number()).doesNotContainIgnoringCase("already");
        Applying.owner(visitor, data);
        assertThat(visitor.get("/apply/review").body()).doesNotContainIgnoringCase("already");
        assertThat(Applying.submit(visitor).path()).isEqualTo("/apply/submitted");

        PortalUser officerUser = users.create("dupofficer", Role.OFFICER);
        PortalClient officer = new PortalClient(mvc);
        officer.signIn(officerUser);
        UUID id = applicationId(started.reference());
        PortalClient.Page detail = officer.get("/officer/applications/" + id);
        assertThat(detail.body()).contains("already held by account " + broker.account().number());

        PortalClient.Page conflict = officer.post("/officer/applications/" + id + "/approve", Map.of());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("filer code already belongs to an account");
        assertThat(jdbc.sql("select status from account_application where id = ?").param(id).query(String.class).single())
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from trade_account where application_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(TestMailServer.messagesTo(data.ownerEmail())).isEmpty();
    }

    @Test
    void aTaxIdentifierAnotherAccountHoldsIsShownToTheOfficerOnly() {
        PortalUser holder = users.create("taxholder", Role.TRADE);
        OpenTradeAccount.Opened held = accounts.importer(holder);
        TaxIdentifier ein = tradeAccounts.openTaxIdentifier(held.account().id());
        Applying.Data data = Applying.fresh(identifiers).withTax(ein);
        PortalClient visitor = new PortalClient(mvc);
        Applying.Started started = Applying.start(visitor, data);
        Applying.company(visitor, data);
        Applying.officer(visitor, data);

        PortalClient.Page accepted = Applying.taxIdentifier(visitor, data);

        assertThat(accepted.path()).isEqualTo("/apply/contacts");
        assertThat(accepted.body()).doesNotContainIgnoringCase("already");
        Applying.contacts(visitor, data);
        Applying.activitiesWithBroker(visitor, data);
        Applying.owner(visitor, data);
        Applying.submit(visitor);
        PortalUser officerUser = users.create("taxofficer", Role.OFFICER);
        PortalClient officer = new PortalClient(mvc);
        officer.signIn(officerUser);
        PortalClient.Page detail = officer.get("/officer/applications/" + applicationId(started.reference()));
        assertThat(detail.body()).contains("already held by account " + held.account().number());
    }

    @Test
    void socialSecurityNumbersAndEinsAreNeverStoredInPlainText() {
        TaxIdentifier ssn = TestAccounts.ssn();
        Applying.Data data = Applying.fresh(identifiers).withTax(ssn);
        PortalClient visitor = new PortalClient(mvc);
        Applying.Started started = Applying.start(visitor, data);
        Applying.company(visitor, data);
        Applying.officer(visitor, data);
        Applying.taxIdentifier(visitor, data);
        Applying.contacts(visitor, data);
        Applying.activitiesWithBroker(visitor, data);
        Applying.owner(visitor, data);
        UUID id = applicationId(started.reference());

        String digits = ssn.normalized();
        List<String> rows = jdbc.sql("""
                select row_to_json(a)::text from account_application a where a.id = :id
                union all select row_to_json(i)::text from account_application_identifier i where i.application_id = :id
                union all select row_to_json(c)::text from account_application_contact c where c.application_id = :id
                union all select row_to_json(e)::text from account_application_event e where e.application_id = :id
                """).param("id", id).query(String.class).list();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("\n", rows)).doesNotContain(ssn.value()).doesNotContain(digits)
                .contains(ssn.masked());
        assertThat(jdbc.sql("select tax_id_cipher is not null and tax_id_plain is null from account_application where id = ?")
                .param(id).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from account_application_identifier where application_id = ? "
                + "and kind = 'IMPORTER_NUMBER'").param(id).query(Integer.class).single())
                .as("the importer number is the tax identifier, not a second copy").isZero();
        List<byte[]> sessionBytes = jdbc.sql("select attribute_bytes from spring_session_attributes")
                .query((rs, n) -> rs.getBytes(1)).list();
        assertThat(sessionBytes).noneMatch(b -> new String(b, StandardCharsets.ISO_8859_1).contains(ssn.value()));

        PortalClient.Page review = visitor.get("/apply/review");
        assertThat(review.body()).contains(ssn.masked()).doesNotContain(ssn.value());
        PortalClient.Page taxPage = visitor.get("/apply/tax-identifier");
        assertThat(taxPage.body()).contains(ssn.masked()).doesNotContain(ssn.value());
        PortalClient.Page activitiesPage = visitor.get("/apply/activities");
        assertThat(activitiesPage.body()).contains(ssn.masked()).doesNotContain(ssn.value());
        PortalClient.Page stray = Applying.postLists(visitor, "/apply/activities", Map.of("activity",
                List.of("IMPORTER", "BROKER"), "identifierSlot", List.of("IMPORTER.IMPORTER_NUMBER", "BROKER.FILER_CODE"),
                "identifierValue", List.of(ssn.value(), ""), "go", List.of("next")));
        assertThat(stray.status()).isEqualTo(400);
        assertThat(stray.body()).doesNotContain(ssn.value());
        assertThat(jdbc.sql("select attribute_bytes from spring_session_attributes").query((rs, n) -> rs.getBytes(1))
                .list()).as("an importer number posted anyway is not kept with the unsaved typing")
                .noneMatch(b -> new String(b, StandardCharsets.ISO_8859_1).contains(ssn.value()));
        assertThat(visitor.get("/apply/review").body()).contains(ssn.masked());
    }
}
