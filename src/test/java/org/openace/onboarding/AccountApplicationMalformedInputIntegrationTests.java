package org.openace.onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.account.core.Identifiers;
import org.openace.identity.Role;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of every step, and of the officers' forms, filled with malformed values while the rest of the form is
 * right: never a 5xx, never a stack trace, and the draft keeps its valid state.
 */
@PortalTest
class AccountApplicationMalformedInputIntegrationTests {

    private static final List<String> JUNK = List.of("", " ", "'", "\"", "<script>alert(1)</script>", "' or '1'='1",
            "%00", "\u0000", "a\u0000b", "../../etc/passwd", "${7*7}", "*{T(java.lang.Runtime)}", "-1", "99999999999999999999",
            "😀", "\uD800", "x\uDC00y", "é".repeat(300), "x".repeat(5000), "\r\nX: y", "line\nbreak", "not-a-uuid",
            "078-05-1120", "12-3456789", "IMPORTER.IMPORTER_NUMBER", "remove-99", "remove-", "add", "back", "on");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Identifiers identifiers;
    @Autowired
    JdbcClient jdbc;

    private final List<String> failures = new ArrayList<>();

    private void check(PortalClient client, String path, Map<String, String> form) {
        PortalClient.Page page = client.post(path, form);
        if (page.status() >= 500 || page.body().contains("\tat ") || page.body().contains("Exception")) {
            failures.add(page.status() + " " + path + " " + form.keySet());
        }
    }

    private void fuzz(PortalClient client, String getPath, String postPath, Map<String, String> valid) {
        for (String field : valid.keySet()) {
            for (String junk : JUNK) {
                client.get(getPath);
                Map<String, String> form = new LinkedHashMap<>(valid);
                form.put(field, junk);
                check(client, postPath, form);
            }
        }
    }

    @Test
    void theApplicantsStepsAnswerMalformedInputWithoutAServerError() {
        Applying.Data data = Applying.fresh(identifiers);
        PortalClient visitor = new PortalClient(mvc);
        Applying.start(visitor, data);

        fuzz(visitor, "/apply", "/apply", Map.of("privacyAct", "yes", "name", "Ada", "email", "ada@openace.test"));
        Applying.start(visitor, data);
        fuzz(visitor, "/apply/company", "/apply/company", Map.of("legalName", "Acme", "doingBusinessAs", "Acme",
                "street", "1 Harbor Way", "city", "Baltimore", "region", "MD", "postalCode", "21230", "country", "US",
                "phone", "+1 410 555 0100", "go", "next"));
        fuzz(visitor, "/apply/officer", "/apply/officer", Map.of("name", "Olga", "title", "President",
                "email", "olga@openace.test", "phone", "410 555 0101", "go", "next"));
        fuzz(visitor, "/apply/tax-identifier", "/apply/tax-identifier", Map.of("kind", "EIN",
                "value", data.tax().value(), "go", "next"));
        fuzz(visitor, "/apply/contacts", "/apply/contacts", Map.of("contactName", "Paul", "contactTitle", "Clerk",
                "contactEmail", "paul@openace.test", "contactPhone", "410 555 0102", "go", "next"));
        fuzz(visitor, "/apply/activities", "/apply/activities", Map.of("activity", "BROKER",
                "identifierSlot", "BROKER.FILER_CODE", "identifierValue", data.filerCode().value(), "go", "next"));
        fuzz(visitor, "/apply/owner", "/apply/owner", Map.of("name", "Oscar", "email", data.ownerEmail(),
                "username", data.username(), "go", "next"));
        fuzz(visitor, "/apply/review", "/apply/submit", Map.of("terms", "no"));

        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("select status from account_application where applicant_email = ? order by created_at desc limit 1")
                .param(data.applicantEmail()).query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void theOfficersFormsAnswerMalformedInputWithoutAServerError() {
        Applying.Data data = Applying.fresh(identifiers);
        Applying.Started started = Applying.applyAndSubmit(new PortalClient(mvc), data);
        UUID id = jdbc.sql("select id from account_application where reference = ?").param(started.reference())
                .query(UUID.class).single();
        PortalClient officer = new PortalClient(mvc);
        officer.signIn(users.create("fuzzreviewer", Role.OFFICER));
        String path = "/officer/applications/" + id;

        fuzz(officer, path, path + "/reveal", Map.of("field", "TAX_IDENTIFIER", "reason", "APPLICATION_REVIEW",
                "note", "n"));
        fuzz(officer, path, path + "/return", Map.of("reason", "x"));
        for (String junk : JUNK) {
            officer.get("/officer/sub-accounts");
            check(officer, "/officer/sub-accounts/" + UUID.randomUUID() + "/reject", Map.of("reason", junk));
            PortalClient.Page search = officer.get("/officer/accounts?q=" + java.net.URLEncoder.encode(junk,
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            if (search.status() >= 500) {
                failures.add(search.status() + " search");
            }
        }

        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("select count(*) from account_application_event where application_id = ? and kind = 'RETURNED' "
                + "and (length(reason) < 10 or reason ~ '[\\x00-\\x08]')").param(id).query(Integer.class).single())
                .as("only proper reasons returned it").isZero();
    }
}
