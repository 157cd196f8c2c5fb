package org.openace.account;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.core.ContactKind;
import org.openace.account.core.Contacts;
import org.openace.account.core.Identifiers;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.grant.ClientGroups;
import org.openace.account.grant.CrossAccountGrant;
import org.openace.account.grant.GrantScope;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.test.PortalClient;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.openace.account.AccessLevel.EDIT;
import static org.openace.account.AccessLevel.VIEW;
import static org.openace.account.AccountFunction.ENTRIES;
import static org.openace.account.AccountFunction.PAYMENTS;
import static org.openace.account.AccountFunction.REVIEWS;
import static org.openace.account.AccountFunction.USERS;

/**
 * The world of the authorization matrix, built once: importer A with two divisions (east, granted to broker B; west,
 * not granted), broker B, unrelated importer C, and the people who act on them, each signed in once. Also reads the
 * state that no refused request may change.
 */
final class AuthorizationMatrixFixture {

    /** Who acts. */
    enum Actor {
        /** Owner of importer A. */
        A_OWNER,
        /** Proxy owner of A. */
        A_PROXY,
        /** User of A with rights: entries (view) and users (change) on east, payments (change) on west. */
        A_CLERK,
        /** User of A without any right. */
        A_NOBODY,
        /** Owner of broker B, which A granted entries (change) and reviews (view) on east. */
        B_OWNER,
        /** User of B to whom B's owner passed on part of the grant: entries (view) on east. */
        B_DELEGATE,
        /** User of B with entries (change) on B's own brokerage, and nothing passed on. */
        B_PLAIN,
        /** Owner of importer C, unrelated to A and B. */
        C_OWNER,
        /** A customs officer, who is no trade user. */
        OFFICER,
        /** A user of a partner government agency, who is no trade user and holds no account. */
        PGA
    }

    /** The sub-accounts decisions are about. */
    enum Target {
        A_EAST, A_WEST, B_BROKERAGE, C_IMPORTS
    }

    /**
     * What no refused request may change: the rows of the three accounts (delegations as what they give: saving the
     * pass-on page writes them anew) and of the actors' users, the entry summaries seen from the accounts' or filed
     * under B's and D's filer codes (with their versions, history lines and holds), the uploads of the accounts and
     * of D, and the actor's audit records, done and refused.
     */
    record State(List<String> rows, int successes, int denials) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final OpenTradeAccount.Opened a;
    final OpenTradeAccount.Opened b;
    final OpenTradeAccount.Opened c;
    final CrossAccountGrant grant;
    final UUID aContact;
    final UUID cContact;
    final UUID westSpareIdentifier;
    final UUID cIdentifier;
    final UUID bGroup;
    final AuthorizationMatrixFilings filings;
    private final Map<Actor, PortalUser> users = new EnumMap<>(Actor.class);
    private final Map<Actor, PortalClient> clients = new EnumMap<>(Actor.class);
    private final Map<Actor, JsonNode> csrf = new EnumMap<>(Actor.class);
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final JdbcClient jdbc;

    AuthorizationMatrixFixture(TestUsers people, TestAccounts accounts, Contacts contacts, Identifiers identifiers,
                               ClientGroups groups, JdbcClient jdbc, MockMvc mvc, ApplicationContext context) {
        this.jdbc = jdbc;
        for (Actor actor : Actor.values()) {
            users.put(actor, people.create("mx" + actor.name().toLowerCase().replace("_", ""), switch (actor) {
                case OFFICER -> Role.OFFICER;
                case PGA -> Role.PGA;
                default -> Role.TRADE;
            }));
        }
        TaxIdentifier aTax = TestAccounts.ein();
        TaxIdentifier cTax = TestAccounts.ein();
        a = accounts.importerWithTwoDivisions(user(Actor.A_OWNER), aTax);
        b = accounts.broker(user(Actor.B_OWNER));
        c = accounts.importer(user(Actor.C_OWNER), cTax);
        accounts.member(a, user(Actor.A_PROXY), AccountRole.PROXY_OWNER);
        accounts.member(a, user(Actor.A_CLERK), AccountRole.USER);
        accounts.member(a, user(Actor.A_NOBODY), AccountRole.USER);
        accounts.right(a, user(Actor.A_CLERK), east(), ENTRIES, VIEW);
        accounts.right(a, user(Actor.A_CLERK), east(), USERS, EDIT);
        accounts.right(a, user(Actor.A_CLERK), west(), PAYMENTS, EDIT);
        accounts.member(b, user(Actor.B_DELEGATE), AccountRole.USER);
        accounts.member(b, user(Actor.B_PLAIN), AccountRole.USER);
        accounts.right(b, user(Actor.B_PLAIN), brokerage(), ENTRIES, EDIT);
        grant = accounts.grant(a, b, new GrantScope(east().id(), ENTRIES, EDIT), new GrantScope(east().id(), REVIEWS, VIEW));
        accounts.delegate(grant, user(Actor.B_DELEGATE), east(), ENTRIES, VIEW, user(Actor.B_OWNER).id());
        aContact = contacts.insert(a.account().id(), ContactKind.BILLING, "Alma Billing", null, "alma@openace.test", null).id();
        cContact = contacts.insert(c.account().id(), ContactKind.BILLING, "Carl Billing", null, "carl@openace.test", null).id();
        westSpareIdentifier = identifiers.insert(west().id(), TestAccounts.importerNumber(TestAccounts.ein())).id();
        cIdentifier = identifiers.ofSubAccount(cImports().id()).getFirst().id();
        bGroup = groups.create(b.account().id(), "Matrix team " + UUID.randomUUID()).orElseThrow().id();
        for (Actor actor : Actor.values()) {
            PortalClient client = new PortalClient(mvc);
            client.signIn(user(actor));
            clients.put(actor, client);
            csrf.put(actor, json(client.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")
                    .accept(MediaType.APPLICATION_JSON))));
        }
        label(a.account().id(), "{A}");
        label(b.account().id(), "{B}");
        label(c.account().id(), "{C}");
        label(east().id(), "{east}");
        label(west().id(), "{west}");
        label(brokerage().id(), "{brokerage}");
        label(cImports().id(), "{C imports}");
        label(grant.id(), "{grant}");
        label(aContact, "{A contact}");
        label(cContact, "{C contact}");
        label(westSpareIdentifier, "{west identifier}");
        label(cIdentifier, "{C identifier}");
        label(bGroup, "{B group}");
        users.forEach((actor, user) -> label(user.id(), "{" + actor + "}"));
        String aBase = aTax.value().substring(0, 10);
        filings = new AuthorizationMatrixFilings(mvc, people, accounts, jdbc, context, client(Actor.B_OWNER), b,
                aBase + "01", aBase + "02", cTax.value());
        filings.entries.forEach((entry, number) -> label(number.formatted(), "{" + entry + "}"));
        label(filings.madeUp.formatted(), "{made-up entry}");
        label(filings.bUpload, "{B upload}");
        label(filings.dUpload, "{D upload}");
        label(filings.d.sub().id(), "{D brokerage}");
    }

    PortalUser user(Actor actor) {
        return users.get(actor);
    }

    PortalClient client(Actor actor) {
        return clients.get(actor);
    }

    /** The actor's CSRF token, for forms ({@code _csrf}) and for the API's header. */
    String csrf(Actor actor) {
        return csrf.get(actor).path("token").asString();
    }

    String csrfHeader(Actor actor) {
        return csrf.get(actor).path("headerName").asString();
    }

    SubAccount east() {
        return a.subAccounts().get(0);
    }

    SubAccount west() {
        return a.subAccounts().get(1);
    }

    SubAccount brokerage() {
        return b.subAccounts().getFirst();
    }

    SubAccount cImports() {
        return c.subAccounts().getFirst();
    }

    SubAccount sub(Target target) {
        return switch (target) {
            case A_EAST -> east();
            case A_WEST -> west();
            case B_BROKERAGE -> brokerage();
            case C_IMPORTS -> cImports();
        };
    }

    /** The target that is this sub-account, if it is one of them. */
    Optional<Target> target(SubAccount sub) {
        return target(sub.id().value());
    }

    Optional<Target> target(UUID subAccount) {
        return Arrays.stream(Target.values()).filter(t -> sub(t).id().value().equals(subAccount)).findFirst();
    }

    OpenTradeAccount.Opened accountOf(Target target) {
        return switch (target) {
            case A_EAST, A_WEST -> a;
            case B_BROKERAGE -> b;
            case C_IMPORTS -> c;
        };
    }

    static String path(OpenTradeAccount.Opened account) {
        return "/accounts/" + account.account().id();
    }

    static String api(OpenTradeAccount.Opened account) {
        return "/api/v1/accounts/" + account.account().id();
    }

    /** The path with the fixture's ids by name, for the names of tests. */
    String label(String path) {
        String named = path;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            named = named.replace(label.getKey(), label.getValue());
        }
        return named;
    }

    private void label(Object id, String name) {
        labels.put(id.toString(), name);
    }

    State state(Actor actor) {
        List<UUID> accountIds = List.of(a.account().id().value(), b.account().id().value(), c.account().id().value());
        List<UUID> userIds = users.values().stream().map(u -> u.id().value()).toList();
        List<String> rows = jdbc.sql("""
                select 'account ' || t::text from trade_account t where t.id in (:accounts)
                union all select 'sub-account ' || s::text from sub_account s where s.account_id in (:accounts)
                union all select 'identifier ' || i::text from account_identifier i
                    join sub_account s on s.id = i.sub_account_id where s.account_id in (:accounts)
                union all select 'member ' || m::text from account_membership m where m.account_id in (:accounts)
                union all select 'right ' || r::text from account_right r where r.account_id in (:accounts)
                union all select 'contact ' || c::text from account_contact c where c.account_id in (:accounts)
                union all select 'grant ' || g::text from cross_account_grant g
                    where g.grantor_account_id in (:accounts) or g.grantee_account_id in (:accounts)
                union all select 'scope ' || gs::text from cross_account_grant_scope gs
                    join cross_account_grant g on g.id = gs.grant_id
                    where g.grantor_account_id in (:accounts) or g.grantee_account_id in (:accounts)
                union all select 'delegation ' || concat_ws(' ', d.grant_id, d.user_id, d.sub_account_id, d.function,
                    d.level) from grant_delegation d
                    join cross_account_grant g on g.id = d.grant_id
                    where g.grantor_account_id in (:accounts) or g.grantee_account_id in (:accounts)
                union all select 'group ' || cg::text from client_group cg where cg.account_id in (:accounts)
                union all select 'group client ' || ca::text from client_group_account ca
                    join client_group cg on cg.id = ca.group_id where cg.account_id in (:accounts)
                union all select 'group user ' || cu::text from client_group_user cu
                    join client_group cg on cg.id = cu.group_id where cg.account_id in (:accounts)
                union all select 'user ' || concat_ws(' ', u.id, u.status, u.locked_until, u.password_hash)
                    from app_user u where u.id in (:users)
                union all select 'password link ' || p::text from password_reset_token p where p.user_id in (:users)
                union all select 'entry ' || concat_ws(' ', e.entry_number, e.status, e.current_version,
                    e.release_status, e.importer_sub_account_id, e.filer_sub_account_id,
                    (select count(*) from entry_summary_version v where v.entry_number = e.entry_number),
                    (select count(*) from entry_history h where h.entry_number = e.entry_number),
                    (select count(*) from entry_hold o where o.entry_number = e.entry_number))
                    from entry_summary e where cast(e.filer_code as text) in (:filerCodes)
                    or e.importer_sub_account_id in (select s.id from sub_account s where s.account_id in (:accounts))
                union all select 'upload ' || concat_ws(' ', j.id, j.status, j.processed, j.filed, j.refused)
                    from upload_job j where j.account_id in (:accounts) or j.account_id = :dAccount
                order by 1
                """).param("accounts", accountIds).param("users", userIds)
                .param("filerCodes", List.of(filings.bFilerCode, filings.d.filerCode()))
                .param("dAccount", filings.d.account().account().id().value()).query(String.class).list();
        Map<String, Object> audit = jdbc.sql("""
                select count(*) filter (where outcome = 'SUCCESS') as successes,
                       count(*) filter (where outcome = 'DENIED') as denials
                from audit_event where actor_id = ?
                """).param(user(actor).id().value()).query().singleRow();
        return new State(rows, ((Number) audit.get("successes")).intValue(), ((Number) audit.get("denials")).intValue());
    }

    static JsonNode json(MockHttpServletResponse response) {
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    static String write(Object body) {
        return JSON.writeValueAsString(body);
    }
}
