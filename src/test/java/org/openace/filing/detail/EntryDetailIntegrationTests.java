package org.openace.filing.detail;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.DataRef;
import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.grant.GrantScope;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry's detail page and its API (F4), and who reaches them: the importer's users and its broker's see the
 * entry, so does a user the importer granted access and an officer; another broker, a user without rights, a
 * partner agency and a token of another filer get 404. The page compares versions and never shows an importer's
 * Social Security number in full.
 */
@PortalTest
class EntryDetailIntegrationTests {

    private static final String API = "/api/v1/entry-summaries";
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

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    /** An importer (its number on file) whose broker filed one entry for it, and a second version of it. */
    record Filed(PortalUser importerOwner, OpenTradeAccount.Opened importer, Broker broker, EntryNumber number,
                 TaxIdentifier tax) {
    }

    private Filed filed(String prefix, TaxIdentifier tax, boolean corrected) {
        PortalUser importerOwner = users.create(prefix + "imp", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner, tax);
        TestReferenceData.importersOnFile(context, tax.value());
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, prefix + "brk");
        EntryNumber number = broker.nextEntryNumber();
        MockHttpServletResponse first = file(broker, FilingFixtures.summary(number, tax.value()));
        assertThat(first.getStatus()).as(text(first)).isEqualTo(201);
        if (corrected) {
            MockHttpServletResponse second = file(broker,
                    FilingFixtures.summary(number, tax.value(), "12000.00", "41.57"));
            assertThat(second.getStatus()).as(text(second)).isEqualTo(201);
        }
        return new Filed(importerOwner, importer, broker, number, tax);
    }

    private MockHttpServletResponse file(Broker broker, String json) {
        return exchange(MockMvcRequestBuilders.post(API).header("Authorization", "Bearer " + broker.token())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private MockHttpServletResponse apiWithToken(String token, String path) {
        return exchange(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token));
    }

    private MockHttpServletResponse exchange(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockHttpServletResponse json(PortalClient client, String path) {
        return client.exchange(MockMvcRequestBuilders.get(path).accept(MediaType.APPLICATION_JSON));
    }

    private static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private DataResolver entryResolver() {
        return context.getBeansOfType(DataResolver.class).values().stream()
                .filter(r -> r.kind().equals("entry")).findFirst().orElseThrow();
    }

    @Test
    void anEntryNumberTypedInAnyFormResolvesToTheImportersAndTheFilersSubAccounts() {
        Filed filed = filed("rslv", TestAccounts.ein(), false);
        SubAccount importerSub = filed.importer().subAccounts().getFirst();
        DataResolver resolver = entryResolver();

        Optional<DataTarget> hyphens = resolver.resolve(filed.number().formatted());
        Optional<DataTarget> compact = resolver.resolve(filed.number().compact().toLowerCase());

        assertThat(hyphens).isPresent().isEqualTo(compact);
        DataTarget.Data data = (DataTarget.Data) hyphens.orElseThrow();
        assertThat(data.refs()).extracting(DataRef::subAccount)
                .containsExactly(importerSub.id(), filed.broker().sub().id());
        assertThat(data.refs().get(0).importerIdentifier()).isNotNull();
        assertThat(data.refs().get(0).filerIdentifier()).isNull();
        assertThat(data.refs().get(1).filerIdentifier()).isNotNull();
        assertThat(data.refs()).allSatisfy(ref -> assertThat(ref.port().value()).isEqualTo("0101"));
    }

    @Test
    void aMalformedOrUnknownEntryNumberResolvesToNothingWithoutThrowing() {
        DataResolver resolver = entryResolver();
        EntryNumber unknown = EntryNumber.of("ZZ9", "0000001");
        String wrongCheckDigit = unknown.filerCode() + unknown.number() + ((unknown.checkDigit() + 1) % 10);

        assertThat(resolver.resolve(unknown.formatted())).isEmpty();
        assertThat(resolver.resolve(wrongCheckDigit)).isEmpty();
        assertThat(resolver.resolve("")).isEmpty();
        assertThat(resolver.resolve("'; drop table entry_summary; --")).isEmpty();
        assertThat(resolver.resolve("x".repeat(5000))).isEmpty();
    }

    @Test
    void thePageIsSeenByTheImporterTheBrokerAGranteeAGrantedUserAndOfficersAndNobodyElse() {
        Filed filed = filed("mtx", TestAccounts.ein(), false);
        String page = "/entries/" + filed.number().formatted();
        SubAccount importerSub = filed.importer().subAccounts().getFirst();
        PortalUser clerk = users.create("mtxclk", Role.TRADE);
        accounts.member(filed.importer(), clerk, AccountRole.USER);
        accounts.right(filed.importer(), clerk, importerSub, AccountFunction.ENTRIES, AccessLevel.VIEW);
        PortalUser ungranted = users.create("mtxung", Role.TRADE);
        accounts.member(filed.importer(), ungranted, AccountRole.USER);
        PortalUser otherBrokerOwner = users.create("mtxoth", Role.TRADE);
        accounts.broker(otherBrokerOwner);
        PortalUser granteeOwner = users.create("mtxgte", Role.TRADE);
        OpenTradeAccount.Opened grantee = accounts.broker(granteeOwner);

        assertThat(PortalClient.signedIn(mvc, filed.importerOwner()).get(page).status()).isEqualTo(200);
        assertThat(PortalClient.signedIn(mvc, filed.broker().owner()).get(page).status()).isEqualTo(200);
        assertThat(PortalClient.signedIn(mvc, clerk).get(page).status()).as("user with the right").isEqualTo(200);
        assertThat(PortalClient.signedIn(mvc, ungranted).get(page).status()).as("user without it").isEqualTo(404);
        assertThat(PortalClient.signedIn(mvc, otherBrokerOwner).get(page).status()).as("another broker")
                .isEqualTo(404);
        PortalClient granteeClient = PortalClient.signedIn(mvc, granteeOwner);
        assertThat(granteeClient.get(page).status()).as("before the grant").isEqualTo(404);
        accounts.grant(filed.importer(), grantee, new GrantScope(importerSub.id(), AccountFunction.ENTRIES,
                AccessLevel.VIEW));
        assertThat(granteeClient.get(page).status()).as("through the importer's grant").isEqualTo(200);
        assertThat(PortalClient.signedIn(mvc, users.create("mtxofc", Role.OFFICER)).get(page).status())
                .isEqualTo(200);
        assertThat(PortalClient.signedIn(mvc, users.create("mtxpga", Role.PGA)).get(page).status())
                .as("partner agency").isEqualTo(404);
        assertThat(PortalClient.signedIn(mvc, users.create("mtxofx", Role.OFFICER))
                .get("/entries/" + EntryNumber.of("ZZ8", "0000001").formatted()).status())
                .as("an officer asking for an entry that does not exist").isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_ACCESS_DENIED' "
                        + "and object_type = 'ENTRY' and object_id = ?").param(filed.number().formatted())
                .query(Integer.class).single()).as("refusals audited").isGreaterThanOrEqualTo(4);
    }

    @Test
    void thePageShowsTheHeaderLinesStatusHistoryAndVersions() {
        Filed filed = filed("page", TestAccounts.ein(), true);

        PortalClient.Page page = PortalClient.signedIn(mvc, filed.importerOwner())
                .get("/entries/" + filed.number().compact());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(filed.number().formatted(), "9403.20.00.17", "12000.00", "41.57",
                "Accepted", "Awaiting release", "2027-09-14", "Filed and accepted", "Corrected (a new version)",
                "CNSHAFAC123SHA", "ABCD12345678");
        assertThat(PortalClient.all(page.body(), "(data-versions)")).hasSize(1);
    }

    @Test
    void comparingTwoVersionsNamesEachChangedFieldInWords() {
        Filed filed = filed("cmp", TestAccounts.ein(), true);
        PortalClient client = PortalClient.signedIn(mvc, filed.broker().owner());

        PortalClient.Page compared = client.get("/entries/" + filed.number().formatted() + "/versions?left=1&right=2");

        assertThat(compared.status()).isEqualTo(200);
        assertThat(compared.body()).contains("10000.00", "12000.00", "34.64", "41.57");
        long changed = PortalClient.all(compared.body(), "(data-changed=\"true\")").size();
        assertThat(changed).as("entered value, ordinal value, fees, MPF of line and summary, amount due")
                .isGreaterThanOrEqualTo(5);
        assertThat(compared.body()).contains("fields differ between version").contains(">Changed<");
        PortalClient.Page same = client.get("/entries/" + filed.number().formatted() + "/versions?left=2&right=2");
        assertThat(PortalClient.all(same.body(), "(data-changed=\"true\")")).isEmpty();
        PortalClient.Page bad = client.get("/entries/" + filed.number().formatted() + "/versions?left=7&right=x");
        assertThat(bad.status()).as("a version the entry does not have is a clear message").isEqualTo(200);
        assertThat(bad.body()).contains("data-bad-choice");
    }

    @Test
    void anImportersSocialSecurityNumberIsShownOnlyMasked() {
        TaxIdentifier ssn = TestAccounts.ssn();
        Filed filed = filed("ssn", ssn, true);
        PortalClient client = PortalClient.signedIn(mvc, filed.importerOwner());
        String digits = ssn.value().replace("-", "");

        for (String path : new String[] {"/entries/" + filed.number().formatted(),
                "/entries/" + filed.number().formatted() + "/versions?left=1&right=2",
                API + "/" + filed.number().formatted(), API + "/" + filed.number().formatted() + "/versions/1"}) {
            String body = path.startsWith(API) ? text(client.exchange(MockMvcRequestBuilders.get(path)
                    .accept(MediaType.APPLICATION_JSON))) : client.get(path).body();
            assertThat(body).as(path).contains(filed.number().formatted());
            assertThat(body).as(path).doesNotContain(ssn.value()).doesNotContain(digits)
                    .contains(ssn.masked());
        }
    }

    @Test
    void theApiAnswersTheCurrentVersionWithStatusHistoryAndVersionsToTheSessionAndTheFilersToken() {
        Filed filed = filed("api", TestAccounts.ein(), true);
        String path = API + "/" + filed.number().formatted();

        MockHttpServletResponse byToken = apiWithToken(filed.broker().token(), path);
        assertThat(byToken.getStatus()).as(text(byToken)).isEqualTo(200);
        JsonNode body = JSON.readTree(text(byToken));
        assertThat(body.get("version").asInt()).isEqualTo(2);
        assertThat(body.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(body.get("releaseStatus").asString()).isEqualTo("AWAITING_RELEASE");
        assertThat(body.get("summary").get("totals").get("enteredValue").asString()).isEqualTo("12000.00");
        assertThat(body.get("summary").get("importerOfRecord").asString()).isEqualTo(filed.tax().masked());
        assertThat(body.get("versions")).hasSize(2);
        assertThat(body.get("history")).hasSize(2);
        assertThat(body.get("history").get(1).get("kind").asString()).isEqualTo("CORRECTED");

        MockHttpServletResponse first = apiWithToken(filed.broker().token(), path + "/versions/1");
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(text(first)).get("summary").get("totals").get("enteredValue").asString())
                .isEqualTo("10000.00");
        assertThat(apiWithToken(filed.broker().token(), path + "/versions/3").getStatus()).isEqualTo(404);

        MockHttpServletResponse bySession = json(PortalClient.signedIn(mvc, filed.importerOwner()), path);
        assertThat(bySession.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(text(bySession)).get("version").asInt()).isEqualTo(2);
        assertThat(json(PortalClient.signedIn(mvc, users.create("apiofc", Role.OFFICER)), path).getStatus())
                .isEqualTo(200);
        MockHttpServletResponse agency = json(PortalClient.signedIn(mvc, users.create("apipga", Role.PGA)), path);
        assertThat(agency.getStatus()).isEqualTo(404);
        assertThat(JSON.readTree(text(agency)).get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aTokenOfAnotherFilerGets404NotFoundAndTheRefusalIsAudited() {
        Filed filed = filed("tok", TestAccounts.ein(), false);
        Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "tokoth");
        String path = API + "/" + filed.number().formatted();

        MockHttpServletResponse refused = apiWithToken(other.token(), path);
        MockHttpServletResponse unknown = apiWithToken(other.token(), API + "/" + other.nextEntryNumber().formatted());

        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(JSON.readTree(text(refused)).get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(JSON.readTree(text(refused)).has("summary")).isFalse();
        assertThat(unknown.getStatus()).as("the same answer as for an entry that does not exist").isEqualTo(404);
        assertThat(JSON.readTree(text(unknown)).get("detail"))
                .isEqualTo(JSON.readTree(text(refused)).get("detail"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_ACCESS_DENIED' "
                        + "and object_type = 'ENTRY' and object_id = ? and actor_name like 'api-token:%'")
                .param(filed.number().formatted()).query(Integer.class).single()).isEqualTo(1);
        assertThat(json(PortalClient.signedIn(mvc, other.owner()), path).getStatus()).as("nor its users")
                .isEqualTo(404);
    }
}
