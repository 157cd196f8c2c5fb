package org.openace.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openace.account.core.Contacts;
import org.openace.account.core.Identifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.account.grant.GrantScope;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openace.account.AccessLevel.VIEW;
import static org.openace.account.AccountFunction.ENTRIES;

/** A2, A7: my accounts, an account's overview and the owner's reveal, sub-accounts and contacts, through the pages. */
@PortalTest
class AccountPagesIntegrationTests {

    private static final Pattern SECTION_NAVIGATION = Pattern.compile(
            "<nav aria-label=\"This account\">(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile(
            "<a href=\"([^\"]+)\"[^>]*>\\s*([^<]+?)\\s*</a>");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TradeAccounts tradeAccounts;
    @Autowired
    SubAccounts subAccounts;
    @Autowired
    Identifiers identifiers;
    @Autowired
    Contacts contacts;
    @Autowired
    JdbcClient jdbc;

    private PortalClient signedIn(PortalUser user) {
        return PortalClient.signedIn(mvc, user);
    }

    private static String id(OpenTradeAccount.Opened account) {
        return account.account().id().toString();
    }

    @Test
    void myAccountsListsEveryAccountIBelongToAndApartTheAccountsThatGaveMeAccess() {
        PortalUser me = users.create("mine", Role.TRADE);
        PortalUser importerOwner = users.create("mineimp", Role.TRADE);
        OpenTradeAccount.Opened own = accounts.broker(me);
        OpenTradeAccount.Opened second = accounts.importer(users.create("minesecond", Role.TRADE));
        accounts.member(second, me, AccountRole.USER);
        OpenTradeAccount.Opened client = accounts.importerWithTwoDivisions(importerOwner);
        accounts.grant(client, own, new GrantScope(client.subAccounts().get(1).id(), ENTRIES, VIEW));
        PortalClient browser = signedIn(me);

        PortalClient.Page page = browser.get("/accounts");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(own.account().legalName(), second.account().legalName(),
                "Accounts that gave you access", client.account().legalName(), "West division",
                "Entries and filings: view").doesNotContain("East division");
        assertThat(browser.get("/accounts/" + id(second)).status()).as("a member without rights").isEqualTo(200);
        PortalClient.Page granted = browser.get("/accounts/" + id(client));
        assertThat(granted.status()).as("a grantee").isEqualTo(200);
        assertThat(granted.body()).contains("West division", "Sub-accounts you may reach")
                .doesNotContain("East division", "Tax identifier", client.account().taxIdDisplay());
        assertThat(browser.get("/accounts/" + id(client) + "/sub-accounts/" + client.subAccounts().get(0).id())
                .status()).as("a sub-account not granted").isEqualTo(404);
        assertThat(browser.get("/accounts/" + id(client) + "/users").status()).isEqualTo(404);
    }

    @Test
    void anAccountsPagesAreNotFoundForAnotherAccountsOwnerWhateverTheAddress() {
        PortalUser owner = users.create("victim", Role.TRADE);
        PortalUser stranger = users.create("stranger", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        OpenTradeAccount.Opened theirs = accounts.importer(stranger);
        String base = "/accounts/" + id(account);
        String sub = account.subAccounts().getFirst().id().toString();
        PortalClient browser = signedIn(stranger);

        for (String page : List.of(base, base + "/sub-accounts", base + "/sub-accounts/new", base + "/sub-accounts/" + sub,
                base + "/users", base + "/users/invite", base + "/users/" + owner.id(), base + "/contacts",
                "/accounts/" + id(theirs) + "/sub-accounts/" + sub, "/accounts/not-an-id",
                "/accounts/00000000-0000-0000-0000-000000000000")) {
            PortalClient.Page answer = browser.get(page);
            assertThat(answer.status()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).doesNotContain(account.account().legalName());
        }
        for (String action : List.of(base + "/tax-identifier/reveal", base + "/sub-accounts",
                base + "/sub-accounts/" + sub + "/close", base + "/users/invite", base + "/users/" + owner.id() + "/remove",
                base + "/contacts")) {
            browser.get("/accounts");
            assertThat(browser.post(action, Map.of("reason", "VERIFY_IDENTITY", "confirm", "yes", "activity", "EXPORTER",
                    "name", "Mine now")).status()).as(action).isEqualTo(404);
        }
        assertThat(subAccounts.ofAccount(account.account().id())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_ACCESS_DENIED' and object_id = ?")
                .param(id(account)).query(Integer.class).single()).as("refusals are audited").isGreaterThan(0);
    }

    @Test
    void theOwnerSeesTheTaxIdentifierInFullOnceForAReasonAuditedAndNeverCached() {
        PortalUser owner = users.create("revealer", Role.TRADE);
        PortalUser proxy = users.create("revproxy", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.member(account, proxy, AccountRole.PROXY_OWNER);
        TaxIdentifier full = tradeAccounts.openTaxIdentifier(account.account().id());
        String reveal = "/accounts/" + id(account) + "/tax-identifier/reveal";
        PortalClient ownerBrowser = signedIn(owner);
        PortalClient.Page overview = ownerBrowser.get("/accounts/" + id(account));
        assertThat(overview.body()).contains(full.masked(), "Show the full tax identifier").doesNotContain(full.value());

        PortalClient.Page noReason = ownerBrowser.post(reveal, Map.of("reason", "", "note", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Choose why you need to see the full number.").doesNotContain(full.value());

        PortalClient.Page control = ownerBrowser.post(reveal, Map.of("reason", "VERIFY_IDENTITY", "note", "a\u0000b"));
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body()).contains("The note cannot hold control characters.").doesNotContain(full.value());

        PortalClient.Page shown = ownerBrowser.post(reveal, Map.of("reason", "VERIFY_IDENTITY",
                "note", "Bank asked for it " + full.value()));

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains(full.value(), "Verify the identity of the company or person");
        assertThat(shown.header("Cache-Control")).contains("no-store");
        List<Map<String, Object>> audited = jdbc.sql("""
                select actor_id, details ->> 'reason' as reason, details::text as details from audit_event
                where action = 'PERSONAL_DATA_REVEALED' and object_type = 'TRADE_ACCOUNT' and object_id = ?
                and outcome = 'SUCCESS'
                """).param(id(account)).query().listOfRows();
        assertThat(audited).singleElement().satisfies(row -> {
            assertThat(row.get("actor_id")).isEqualTo(owner.id().value());
            assertThat(row.get("reason")).isEqualTo("VERIFY_IDENTITY");
            assertThat((String) row.get("details")).doesNotContain(full.value()).doesNotContain(full.normalized());
        });
        assertThat(ownerBrowser.get("/accounts/" + id(account)).body()).as("shown once").doesNotContain(full.value());

        PortalClient proxyBrowser = signedIn(proxy);
        assertThat(proxyBrowser.get("/accounts/" + id(account)).body()).contains(full.masked())
                .doesNotContain("Show the full tax identifier");
        PortalClient.Page refused = proxyBrowser.post(reveal, Map.of("reason", "VERIFY_IDENTITY"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(full.value());
    }

    @Test
    void ownersAddSubAccountsWithTheirIdentifiersAndBrokerSubAccountsWaitForAnOfficer() {
        PortalUser owner = users.create("subowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        PortalClient browser = signedIn(owner);
        String base = "/accounts/" + id(account) + "/sub-accounts";
        assertThat(browser.get(base + "/new").body()).contains("Business activity", "Customs broker");
        PortalClient.Page brokerForm = browser.get(base + "/new?activity=BROKER");
        assertThat(brokerForm.body()).contains("Filer code", TradeIdentifier.formatHint(IdentifierKind.FILER_CODE));

        PortalClient.Page exporter = browser.post(base, Map.of("activity", "EXPORTER", "name", "Exports"));
        assertThat(exporter.body()).contains("was added and is active");

        String code = freeFilerCode();
        browser.get(base + "/new?activity=BROKER");
        PortalClient.Page broker = browser.post(base, Map.of("activity", "BROKER", "name", "Brokerage",
                "identifier", code.toLowerCase()));
        assertThat(broker.body()).contains("A customs officer approves", "Waiting for customs approval", code);
        assertThat(subAccounts.ofAccount(account.account().id())).extracting(SubAccount::activity, SubAccount::status)
                .contains(org.assertj.core.groups.Tuple.tuple(BusinessActivity.EXPORTER, SubAccount.Status.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(BusinessActivity.BROKER, SubAccount.Status.PENDING_APPROVAL));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SUB_ACCOUNT_REQUESTED' "
                + "and details ->> 'account' = ?").param(id(account)).query(Integer.class).single()).isEqualTo(1);

        browser.get(base + "/new?activity=IMPORTER");
        PortalClient.Page badNumber = browser.post(base, Map.of("activity", "IMPORTER", "name", "More imports",
                "identifier", "12-34"));
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.body()).contains("This is not an importer number",
                TradeIdentifier.formatHint(IdentifierKind.IMPORTER_NUMBER));
        assertThat(subAccounts.ofAccount(account.account().id())).hasSize(3);
    }

    @Test
    void anIdentifierOfAnotherAccountCannotBeAddedAndTheAnswerDoesNotSayWhose() {
        PortalUser owner = users.create("dupowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        OpenTradeAccount.Opened broker = accounts.broker(users.create("dupbroker", Role.TRADE));
        Identifier taken = identifiers.ofSubAccount(broker.subAccounts().getFirst().id()).getFirst();
        PortalClient browser = signedIn(owner);
        String base = "/accounts/" + id(account) + "/sub-accounts";
        browser.get(base + "/new?activity=FILER");

        PortalClient.Page refused = browser.post(base, Map.of("activity", "FILER", "name", "Filing",
                "identifier", taken.display()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("This filer code cannot be added. If it is yours, call the support center.")
                .doesNotContain(broker.account().legalName()).doesNotContain(broker.account().number());
        assertThat(subAccounts.ofAccount(account.account().id())).as("nothing half-written").hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SUB_ACCOUNT_ADDED' and outcome = 'DENIED' "
                + "and object_id = ? and details ->> 'reason' = 'DUPLICATE_IDENTIFIER'").param(id(account))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void identifiersAreAddedAndRemovedButNeverTheLastOneTheActivityNeeds() {
        PortalUser owner = users.create("idowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.broker(owner);
        SubAccount brokerage = account.subAccounts().getFirst();
        Identifier first = identifiers.ofSubAccount(brokerage.id()).getFirst();
        PortalClient browser = signedIn(owner);
        String page = "/accounts/" + id(account) + "/sub-accounts/" + brokerage.id();
        browser.get(page);

        PortalClient.Page last = browser.post(page + "/identifiers/" + first.id() + "/remove", Map.of());
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.body()).contains("needs at least one filer code");

        PortalClient.Page bad = browser.post(page + "/identifiers", Map.of("kind", "FILER_CODE", "value", "000"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains(TradeIdentifier.formatHint(IdentifierKind.FILER_CODE));
        PortalClient.Page wrongKind = browser.post(page + "/identifiers", Map.of("kind", "SCAC", "value", "MAEU"));
        assertThat(wrongKind.status()).isEqualTo(400);

        String code = freeFilerCode();
        PortalClient.Page added = browser.post(page + "/identifiers", Map.of("kind", "FILER_CODE", "value", code));
        assertThat(added.body()).contains("The identifier was added.", code);
        PortalClient.Page again = browser.post(page + "/identifiers", Map.of("kind", "FILER_CODE", "value", code));
        assertThat(again.body()).contains("This account already holds this filer code.");

        PortalClient.Page removed = browser.post(page + "/identifiers/" + first.id() + "/remove", Map.of());
        assertThat(removed.body()).contains("The identifier was removed.");
        assertThat(identifiers.ofSubAccount(brokerage.id())).extracting(Identifier::display).containsExactly(code);
        assertThat(browser.post(page + "/identifiers/" + first.id() + "/remove", Map.of()).status())
                .as("gone already").isEqualTo(404);
    }

    @Test
    void theOwnerClosesASubAccountButTheAccountKeepsOneActive() {
        PortalUser owner = users.create("clowner", Role.TRADE);
        PortalUser proxy = users.create("clproxy", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importerWithTwoDivisions(owner);
        accounts.member(account, proxy, AccountRole.PROXY_OWNER);
        SubAccount east = account.subAccounts().get(0);
        SubAccount west = account.subAccounts().get(1);
        String base = "/accounts/" + id(account) + "/sub-accounts/";

        PortalClient proxyBrowser = signedIn(proxy);
        proxyBrowser.get(base + east.id());
        assertThat(proxyBrowser.post(base + east.id() + "/close", Map.of("confirm", "yes")).status())
                .as("owners only").isEqualTo(404);

        PortalClient browser = signedIn(owner);
        browser.get(base + east.id());
        assertThat(browser.post(base + east.id() + "/close", Map.of()).status()).as("unconfirmed").isEqualTo(400);
        PortalClient.Page closed = browser.post(base + east.id() + "/close", Map.of("confirm", "yes"));
        assertThat(closed.body()).contains("is closed");
        assertThat(subAccounts.find(east.id())).get().extracting(SubAccount::status).isEqualTo(SubAccount.Status.CLOSED);

        browser.get(base + west.id());
        PortalClient.Page last = browser.post(base + west.id() + "/close", Map.of("confirm", "yes"));
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.body()).contains("only active sub-account");
    }

    @Test
    void userManagersKeepTheAccountsContacts() {
        PortalUser owner = users.create("ctowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        OpenTradeAccount.Opened other = accounts.importer(users.create("ctother", Role.TRADE));
        var foreign = contacts.insert(other.account().id(), org.openace.account.core.ContactKind.BILLING, "Foreign",
                null, "foreign@openace.test", null);
        PortalClient browser = signedIn(owner);
        String base = "/accounts/" + id(account) + "/contacts";
        browser.get(base);

        PortalClient.Page bad = browser.post(base, Map.of("kind", "BILLING", "name", "Bill Payer", "email", "bill@"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Enter an e-mail address in the form name@example.com.");
        PortalClient.Page added = browser.post(base, Map.of("kind", "BILLING", "name", "Bill Payer",
                "title", "Controller", "email", "bill@openace.test", "phone", ""));
        assertThat(added.body()).contains("The contact was added.", "Bill Payer", "bill@openace.test");
        var contact = contacts.ofAccount(account.account().id()).getFirst();

        browser.get(base + "/" + contact.id());
        PortalClient.Page changed = browser.post(base + "/" + contact.id(), Map.of("kind", "TECHNICAL",
                "name", "Bill Payer", "email", "", "phone", "+1 410 555 0199"));
        assertThat(changed.body()).contains("The contact was saved.", "Technical contact", "+1 410 555 0199");
        assertThat(browser.get(base + "/" + foreign.id()).status()).as("another account's contact").isEqualTo(404);
        browser.get(base);
        assertThat(browser.post(base + "/" + foreign.id() + "/remove", Map.of()).status()).isEqualTo(404);
        assertThat(contacts.find(other.account().id(), foreign.id())).isPresent();

        browser.get(base);
        assertThat(browser.post(base + "/" + contact.id() + "/remove", Map.of()).body()).contains("The contact was removed.");
        assertThat(contacts.ofAccount(account.account().id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'ACCOUNT_CONTACT_%' and object_id = ?")
                .param(id(account)).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void anAccountsSectionNavigationOffersOnlyThePagesTheViewerMayOpen() {
        PortalUser owner = users.create("navowner", Role.TRADE);
        PortalUser proxy = users.create("navproxy", Role.TRADE);
        PortalUser manager = users.create("navmanager", Role.TRADE);
        PortalUser clerk = users.create("navclerk", Role.TRADE);
        PortalUser brokerOwner = users.create("navbroker", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        SubAccount sub = account.subAccounts().getFirst();
        accounts.member(account, proxy, AccountRole.PROXY_OWNER);
        accounts.member(account, manager, AccountRole.USER);
        accounts.right(account, manager, sub, AccountFunction.USERS, VIEW);
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, clerk, sub, ENTRIES, VIEW);
        accounts.grant(account, broker, new GrantScope(sub.id(), ENTRIES, VIEW));
        String base = "/accounts/" + id(account);

        assertThat(sectionsOpening(signedIn(owner), base)).as("an importer's account has no client groups and no API tokens")
                .containsExactly("Overview", "Sub-accounts", "Users and rights", "Access for other accounts", "Contacts",
                        "Webhooks");
        assertThat(sectionsOpening(signedIn(proxy), base)).containsExactly("Overview", "Sub-accounts",
                "Users and rights", "Access for other accounts", "Contacts", "Webhooks");
        assertThat(sectionsOpening(signedIn(brokerOwner), "/accounts/" + id(broker))).as("a broker's account")
                .containsExactly("Overview", "Sub-accounts", "Users and rights", "Access for other accounts",
                        "Client groups", "Contacts", "API tokens", "Webhooks");
        assertThat(sectionsOpening(signedIn(manager), base)).as("a user with the users right")
                .containsExactly("Overview", "Sub-accounts", "Users and rights", "Contacts");
        assertThat(sectionsOpening(signedIn(clerk), base)).as("a user with another right")
                .containsExactly("Overview", "Sub-accounts");
        assertThat(sectionsOpening(signedIn(brokerOwner), base)).as("the owner of an account it granted access")
                .containsExactly("Overview", "Sub-accounts");
    }

    /** The sections an account's overview offers; each is checked to open for the viewer. */
    private static List<String> sectionsOpening(PortalClient browser, String overview) {
        Matcher navigation = SECTION_NAVIGATION.matcher(browser.get(overview).body());
        assertThat(navigation.find()).as("the section navigation of " + overview).isTrue();
        Matcher link = LINK.matcher(navigation.group(1));
        List<String> sections = new ArrayList<>();
        while (link.find()) {
            assertThat(browser.get(link.group(1)).status()).as("%s (%s) opens", link.group(2), link.group(1))
                    .isEqualTo(200);
            sections.add(link.group(2));
        }
        return sections;
    }

    /** A filer code that no sub-account holds yet. */
    private String freeFilerCode() {
        for (int attempt = 0; attempt < 50; attempt++) {
            TradeIdentifier code = TestAccounts.filerCode();
            if (!identifiers.exists(code)) {
                return code.value();
            }
        }
        throw new IllegalStateException("No free filer code");
    }
}
