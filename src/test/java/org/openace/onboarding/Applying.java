package org.openace.onboarding;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.Identifiers;
import org.openace.privacy.TaxIdentifier;
import org.openace.test.PortalClient;
import org.openace.test.TestAccounts;
import org.openace.test.TestMailServer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** An applicant going through the application pages, with data unique to the test. */
final class Applying {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    /** What one applicant types. */
    record Data(String tag, String applicantName, String applicantEmail, String ownerName, String ownerEmail,
                String username, TaxIdentifier tax, TradeIdentifier filerCode) {

        Data withTax(TaxIdentifier other) {
            return new Data(tag, applicantName, applicantEmail, ownerName, ownerEmail, username, other, filerCode);
        }

        Data withApplicantEmail(String email) {
            return new Data(tag, applicantName, email, ownerName, ownerEmail, username, tax, filerCode);
        }

        Data withFilerCode(TradeIdentifier code) {
            return new Data(tag, applicantName, applicantEmail, ownerName, ownerEmail, username, tax, code);
        }

        /** The importer number the importer sub-account opens with: the tax identifier, asked once. */
        TradeIdentifier importerNumber() {
            return TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, tax.value()).orElseThrow();
        }
    }

    /** What the start of an application gave the applicant. */
    record Started(String reference, String resumePath) {
    }

    private Applying() {
    }

    static Data fresh(Identifiers identifiers) {
        String tag = RUN + SEQUENCE.incrementAndGet();
        TradeIdentifier filer = TestAccounts.filerCode();
        while (identifiers.exists(filer)) {
            filer = TestAccounts.filerCode();
        }
        TaxIdentifier ein = TestAccounts.ein();
        return new Data(tag, "Ada Applicant " + tag, "applicant." + tag + "@openace.test", "Oscar Owner " + tag,
                "owner." + tag + "@openace.test", "owner." + tag, ein, filer);
    }

    static Started start(PortalClient client, Data data) {
        client.get("/apply");
        int before = TestMailServer.messagesTo(data.applicantEmail()).size();
        PortalClient.Page page = client.post("/apply", Map.of("privacyAct", "yes", "name", data.applicantName(),
                "email", data.applicantEmail()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.path()).isEqualTo("/apply/company");
        String body = TestMailServer.body(TestMailServer.awaitMessage(data.applicantEmail(), before + 1));
        return new Started(find(body, "(APP-\\d{4}-\\d{6})"), resumePathIn(body));
    }

    static String resumePathIn(String mailBody) {
        return find(mailBody, "https?://[^/\\s]+(/apply/resume/[A-Za-z0-9_-]{43})");
    }

    static String resumePathIn(MimeMessage mail) {
        return resumePathIn(TestMailServer.body(mail));
    }

    static PortalClient.Page company(PortalClient client, Data data) {
        return client.post("/apply/company", Map.of("legalName", "Acme Imports " + data.tag() + " LLC",
                "doingBusinessAs", "Acme " + data.tag(), "street", "1 Harbor Way", "city", "Baltimore", "region", "MD",
                "postalCode", "21230", "country", "us", "phone", "+1 410 555 0100", "go", "next"));
    }

    static PortalClient.Page officer(PortalClient client, Data data) {
        return client.post("/apply/officer", Map.of("name", "Olga Officer " + data.tag(), "title", "President",
                "email", "olga." + data.tag() + "@openace.test", "phone", "410-555-0101", "go", "next"));
    }

    static PortalClient.Page taxIdentifier(PortalClient client, Data data) {
        return client.post("/apply/tax-identifier", Map.of("kind", data.tax().kind().name(), "value",
                data.tax().value(), "go", "next"));
    }

    static PortalClient.Page contacts(PortalClient client, Data data) {
        return client.post("/apply/contacts", Map.of("contactName", "Paul Point " + data.tag(), "contactTitle",
                "Logistics manager", "contactEmail", "paul." + data.tag() + "@openace.test", "contactPhone", "",
                "go", "next"));
    }

    static PortalClient.Page owner(PortalClient client, Data data) {
        return client.post("/apply/owner", Map.of("name", data.ownerName(), "email", data.ownerEmail(),
                "username", data.username(), "go", "next"));
    }

    /** Every step after the start, each landing on the next. */
    static void fillEveryStep(PortalClient client, Data data) {
        assertThat(company(client, data).path()).isEqualTo("/apply/officer");
        assertThat(officer(client, data).path()).isEqualTo("/apply/tax-identifier");
        assertThat(taxIdentifier(client, data).path()).isEqualTo("/apply/contacts");
        assertThat(contacts(client, data).path()).isEqualTo("/apply/activities");
        assertThat(activitiesWithBroker(client, data).path()).isEqualTo("/apply/owner");
        assertThat(owner(client, data).path()).isEqualTo("/apply/review");
    }

    /**
     * Posts importer (whose importer number is the tax identifier, not asked again) and broker with its filer code,
     * with parallel lists (PortalClient sends one value per name, so the request is built here).
     */
    static PortalClient.Page activitiesWithBroker(PortalClient client, Data data) {
        return postLists(client, "/apply/activities", Map.of(
                "activity", List.of("IMPORTER", "BROKER"),
                "identifierSlot", List.of("BROKER.FILER_CODE"),
                "identifierValue", List.of(data.filerCode().value()),
                "go", List.of("next")));
    }

    /** Posts a form in which names may have several values, with the last page's CSRF token; follows a redirect. */
    static PortalClient.Page postLists(PortalClient client, String path, Map<String, List<String>> form) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
                .contentType("application/x-www-form-urlencoded").accept("text/html")
                .param("_csrf", client.last().csrf());
        form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        MockHttpServletResponse response = client.exchange(request);
        if (response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null) {
            return client.get(URI.create("http://localhost").resolve(response.getRedirectedUrl()).getRawPath());
        }
        try {
            return new PortalClient.Page(response.getStatus(), path, response.getContentAsString(), response);
        }
        catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PortalClient.Page submit(PortalClient client) {
        client.get("/apply/review");
        return client.post("/apply/submit", Map.of("terms", "yes"));
    }

    /** Starts, fills every step and submits. */
    static Started applyAndSubmit(PortalClient client, Data data) {
        Started started = start(client, data);
        fillEveryStep(client, data);
        PortalClient.Page done = submit(client);
        assertThat(done.path()).isEqualTo("/apply/submitted");
        return started;
    }

    static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("Not found: " + regex + " in " + text);
        }
        return matcher.group(1);
    }
}
