package org.openace.account;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openace.account.AuthorizationMatrixFixture.Actor;
import org.openace.account.AuthorizationMatrixFixture.State;
import org.openace.account.AuthorizationMatrixFixture.Target;
import org.openace.account.AuthorizationMatrixFilings.Entry;
import org.openace.account.AuthorizationMatrixRequests.Answer;
import org.openace.account.core.Contacts;
import org.openace.account.core.Identifiers;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.grant.ClientGroups;
import org.openace.account.grant.CrossAccountGrant;
import org.openace.account.grant.GrantScope;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.openace.account.AccessLevel.EDIT;
import static org.openace.account.AccessLevel.VIEW;
import static org.openace.account.AccountFunction.ENTRIES;
import static org.openace.account.AuthorizationMatrixFixture.Actor.A_CLERK;
import static org.openace.account.AuthorizationMatrixFixture.Actor.A_NOBODY;
import static org.openace.account.AuthorizationMatrixFixture.Actor.A_OWNER;
import static org.openace.account.AuthorizationMatrixFixture.Actor.A_PROXY;
import static org.openace.account.AuthorizationMatrixFixture.Actor.B_DELEGATE;
import static org.openace.account.AuthorizationMatrixFixture.Actor.B_OWNER;
import static org.openace.account.AuthorizationMatrixFixture.Actor.B_PLAIN;
import static org.openace.account.AuthorizationMatrixFixture.Actor.C_OWNER;
import static org.openace.account.AuthorizationMatrixFixture.Actor.OFFICER;
import static org.openace.account.AuthorizationMatrixFixture.Actor.PGA;
import static org.openace.account.AuthorizationMatrixFixture.Target.A_EAST;
import static org.openace.account.AuthorizationMatrixFixture.Target.A_WEST;
import static org.openace.account.AuthorizationMatrixFixture.Target.B_BROKERAGE;
import static org.openace.account.AuthorizationMatrixFixture.Target.C_IMPORTS;
import static org.openace.account.AuthorizationMatrixFixture.api;
import static org.openace.account.AuthorizationMatrixFixture.path;
import static org.openace.account.AuthorizationMatrixRequests.form;

/**
 * Issue 3's authorization matrix (A4, A5). The actors ({@link Actor}): importer A's owner, proxy owner, a user with
 * some rights and a user with none; broker B's owner (A granted B part of its east division, not its west division),
 * B's user the grant was passed on to and B's user it was not; the owner of unrelated importer C; a customs officer.
 * For each of them the authorization service and its narrowed lists, every account page and every state-changing
 * form, and the API, allow exactly what the tables below say — on their own data, granted data, ungranted data and
 * another account's data. Whatever is refused is answered exactly as if the data did not exist, changes nothing and
 * is audited; ids of another account's data in an address or a form are answered like made-up ids. The world is
 * built once ({@link AuthorizationMatrixFixture}); nothing here changes what the tables describe.
 * <p>
 * Issue 9 adds a partner agency's user (no account: the trade area is forbidden, entries are not seen) and the
 * filing module's trade-facing pages and endpoints: B files an entry for A's east division and one for A's west
 * division, C's broker D one for C ({@link AuthorizationMatrixFilings}); the entry search page, its export and the
 * search API list exactly what each actor may see ({@link #SEES}); an entry's detail, versions and API resource open
 * for them and are a made-up number to anyone else; uploads are filed and seen only by B's users who may file under
 * its filer code, and another filer's upload is a made-up id; a token reaches only what its brokerage filed and
 * files only under its own filer code; officers' moves stay forbidden to everyone else on real entries.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Contacts contacts;
    @Autowired
    Identifiers identifiers;
    @Autowired
    ClientGroups groups;
    @Autowired
    SubAccounts subAccounts;
    @Autowired
    AccessControl access;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private AuthorizationMatrixFixture world;
    private AuthorizationMatrixRequests requests;

    @BeforeAll
    void buildTheWorldOnce() {
        world = new AuthorizationMatrixFixture(users, accounts, contacts, identifiers, groups, jdbc, mvc, context);
        requests = new AuthorizationMatrixRequests(world);
    }

    // --- the authorization service ------------------------------------------------------------------------------

    /**
     * What each actor may do on each sub-account: per function, in the order of {@link AccountFunction}, the highest
     * level — E (view and change), V (view) or - (nothing). An actor and sub-account not listed: nothing at all.
     */
    private static final List<Reach> REACH = List.of(
            //                               ENTRIES REVIEWS PAYMENTS REPORTS USERS
            new Reach(A_OWNER, A_EAST,      "E       E       E        E       E"),
            new Reach(A_OWNER, A_WEST,      "E       E       E        E       E"),
            new Reach(A_PROXY, A_EAST,      "E       E       E        E       E"),
            new Reach(A_PROXY, A_WEST,      "E       E       E        E       E"),
            new Reach(A_CLERK, A_EAST,      "V       -       -        -       E"),
            new Reach(A_CLERK, A_WEST,      "-       -       E        -       -"),
            new Reach(B_OWNER, A_EAST,      "E       V       -        -       -"),
            new Reach(B_OWNER, B_BROKERAGE, "E       E       E        E       E"),
            new Reach(B_DELEGATE, A_EAST,   "V       -       -        -       -"),
            new Reach(B_PLAIN, B_BROKERAGE, "E       -       -        -       -"),
            new Reach(C_OWNER, C_IMPORTS,   "E       E       E        E       E"));

    /** One row of {@link #REACH}. */
    record Reach(Actor actor, Target target, String levels) {

        @Nullable AccessLevel of(AccountFunction function) {
            return switch (levels.strip().split("\\s+")[function.ordinal()]) {
                case "E" -> EDIT;
                case "V" -> VIEW;
                case "-" -> null;
                default -> throw new IllegalArgumentException(levels);
            };
        }
    }

    private static boolean expected(Actor actor, Target target, AccountFunction function, AccessLevel level) {
        return REACH.stream().filter(r -> r.actor() == actor && r.target() == target).findFirst()
                .map(r -> r.of(function)).map(held -> held.covers(level)).orElse(false);
    }

    @TestFactory
    List<DynamicTest> everyDecisionIsTheTablesAnswer() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Target target : Target.values()) {
                for (AccountFunction function : AccountFunction.values()) {
                    for (AccessLevel level : AccessLevel.values()) {
                        tests.add(dynamicTest(actor + " may " + level + " " + function + " on " + target, () ->
                                assertThat(access.may(world.user(actor).id(), function, level,
                                        DataRef.of(world.sub(target).id())))
                                        .isEqualTo(expected(actor, target, function, level))));
                    }
                }
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> listsAndAccountLevelDecisionsAreNarrowedToTheTablesSubAccounts() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (AccountFunction function : AccountFunction.values()) {
                for (AccessLevel level : AccessLevel.values()) {
                    tests.add(dynamicTest(actor + " lists " + level + " " + function, () -> {
                        Set<Target> wanted = EnumSet.noneOf(Target.class);
                        for (Target target : Target.values()) {
                            if (expected(actor, target, function, level)) {
                                wanted.add(target);
                            }
                        }
                        assertThat(listed(actor, function, level)).isEqualTo(wanted);
                        for (OpenTradeAccount.Opened account : List.of(world.a, world.b, world.c)) {
                            assertThat(access.mayOnAccount(world.user(actor).id(), function, level, account.account().id()))
                                    .as("on the account of %s", world.label(account.account().id().toString()))
                                    .isEqualTo(wanted.stream().anyMatch(t -> world.accountOf(t) == account));
                        }
                    }));
                }
            }
        }
        return tests;
    }

    /** The fixture's sub-accounts in the actor's scope, by the query that narrows lists. */
    private Set<Target> listed(Actor actor, AccountFunction function, AccessLevel level) {
        EntitledScope scope = access.scope(world.user(actor).id(), function, level);
        Set<Target> found = EnumSet.noneOf(Target.class);
        for (OpenTradeAccount.Opened account : List.of(world.a, world.b, world.c)) {
            for (SubAccount sub : subAccounts.inScope(scope, account.account().id())) {
                world.target(sub).ifPresent(found::add);
            }
        }
        return found;
    }

    // --- pages ----------------------------------------------------------------------------------------------------

    /** A page or API resource, and who may open it; anyone else is answered as for an account that does not exist. */
    record Page(String path, Set<Actor> allowed) {
    }

    private List<Page> pages() {
        Set<Actor> aMembersAndGrantees = EnumSet.of(A_OWNER, A_PROXY, A_CLERK, A_NOBODY, B_OWNER, B_DELEGATE);
        Set<Actor> aMembers = EnumSet.of(A_OWNER, A_PROXY, A_CLERK, A_NOBODY);
        Set<Actor> aUserManagers = EnumSet.of(A_OWNER, A_PROXY, A_CLERK);
        Set<Actor> aOwners = EnumSet.of(A_OWNER, A_PROXY);
        Set<Actor> bMembers = EnumSet.of(B_OWNER, B_DELEGATE, B_PLAIN);
        Set<Actor> bOwner = EnumSet.of(B_OWNER);
        Set<Actor> cOwner = EnumSet.of(C_OWNER);
        String a = path(world.a);
        String b = path(world.b);
        String c = path(world.c);
        String grant = "/grants/" + world.grant.id();
        return List.of(
                new Page(a, aMembersAndGrantees),
                new Page(a + "/sub-accounts", aMembersAndGrantees),
                new Page(a + "/sub-accounts/" + world.east().id(), aMembersAndGrantees),
                new Page(a + "/sub-accounts/" + world.west().id(), aMembers),
                new Page(a + "/sub-accounts/new", aOwners),
                new Page(a + "/users", aUserManagers),
                new Page(a + "/users/invite", aUserManagers),
                new Page(a + "/users/" + world.user(A_NOBODY).id(), aUserManagers),
                new Page(a + "/contacts", aUserManagers),
                new Page(a + "/contacts/" + world.aContact, aUserManagers),
                new Page(a + "/grants", aOwners),
                new Page(a + "/grants/offer", EnumSet.of(A_OWNER)),
                new Page(a + "/grants/request", EnumSet.of(A_OWNER)),
                new Page(a + grant, aOwners),
                new Page(a + "/groups", aOwners),
                new Page(b, bMembers),
                new Page(b + "/sub-accounts", bMembers),
                new Page(b + "/sub-accounts/" + world.brokerage().id(), bMembers),
                new Page(b + "/sub-accounts/new", bOwner),
                new Page(b + "/users", bOwner),
                new Page(b + "/users/" + world.user(B_PLAIN).id(), bOwner),
                new Page(b + "/contacts", bOwner),
                new Page(b + "/grants", bOwner),
                new Page(b + grant, bOwner),
                new Page(b + grant + "/users", bOwner),
                new Page(b + "/groups", bOwner),
                new Page(b + "/groups/" + world.bGroup, bOwner),
                new Page(c, cOwner),
                new Page(c + "/sub-accounts", cOwner),
                new Page(c + "/sub-accounts/" + world.cImports().id(), cOwner),
                new Page(c + "/users", cOwner),
                new Page(c + "/contacts/" + world.cContact, cOwner),
                new Page(c + "/grants", cOwner),
                new Page(c + grant, EnumSet.noneOf(Actor.class)),
                new Page(api(world.a), aMembersAndGrantees),
                new Page(api(world.a) + "/sub-accounts", aMembersAndGrantees),
                new Page(api(world.a) + "/sub-accounts/" + world.east().id(), aMembersAndGrantees),
                new Page(api(world.a) + "/sub-accounts/" + world.west().id(), aMembers),
                new Page(api(world.a) + "/users", aUserManagers),
                new Page(api(world.b), bMembers),
                new Page(api(world.b) + "/sub-accounts", bMembers),
                new Page(api(world.b) + "/sub-accounts/" + world.brokerage().id(), bMembers),
                new Page(api(world.b) + "/users", bOwner),
                new Page(api(world.c), cOwner),
                new Page(api(world.c) + "/sub-accounts", cOwner),
                new Page(api(world.c) + "/users", cOwner));
    }

    @TestFactory
    List<DynamicTest> everyPageOpensExactlyForWhomTheTableSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Page page : pages()) {
            for (Actor actor : Actor.values()) {
                boolean allowed = page.allowed().contains(actor);
                tests.add(dynamicTest(actor + (allowed ? " opens " : " does not find ") + world.label(page.path()), () -> {
                    Answer answer = requests.get(actor, page.path());
                    if (allowed) {
                        assertThat(answer.status()).isEqualTo(200);
                    }
                    else {
                        assertThat(answer).isEqualTo(page.path().startsWith("/api/")
                                ? requests.nothingThereInTheApi(actor) : requests.nothingThere(actor));
                    }
                }));
            }
        }
        return tests;
    }

    /**
     * The sub-accounts each actor finds listed through the API, per account it may open (the pages' table says which
     * accounts those are): members see every sub-account, the grantee's users what they reach.
     */
    private Map<Actor, Map<OpenTradeAccount.Opened, Set<Target>>> listedThroughTheApi() {
        Map<Actor, Map<OpenTradeAccount.Opened, Set<Target>>> lists = new EnumMap<>(Actor.class);
        for (Actor member : List.of(A_OWNER, A_PROXY, A_CLERK, A_NOBODY)) {
            lists.put(member, Map.of(world.a, EnumSet.of(A_EAST, A_WEST)));
        }
        lists.put(B_OWNER, Map.of(world.a, EnumSet.of(A_EAST), world.b, EnumSet.of(B_BROKERAGE)));
        lists.put(B_DELEGATE, Map.of(world.a, EnumSet.of(A_EAST), world.b, EnumSet.of(B_BROKERAGE)));
        lists.put(B_PLAIN, Map.of(world.b, EnumSet.of(B_BROKERAGE)));
        lists.put(C_OWNER, Map.of(world.c, EnumSet.of(C_IMPORTS)));
        return lists;
    }

    @TestFactory
    List<DynamicTest> theApiListsTheSubAccountsEachActorMayReach() {
        List<DynamicTest> tests = new ArrayList<>();
        listedThroughTheApi().forEach((actor, lists) -> lists.forEach((account, wanted) -> {
            String path = api(account) + "/sub-accounts";
            tests.add(dynamicTest(actor + " lists " + world.label(path), () -> {
                Set<Target> found = EnumSet.noneOf(Target.class);
                for (JsonNode sub : AuthorizationMatrixFixture.json(requests.exchange(actor,
                        MockMvcRequestBuilders.get(path), path))) {
                    world.target(UUID.fromString(sub.path("id").asString())).ifPresent(found::add);
                }
                assertThat(found).isEqualTo(wanted);
            }));
        }));
        return tests;
    }

    @Test
    void nothingThereIsNotFoundForTradeUsersWhileTheWholeTradeAreaIsForbiddenToTheOfficerAndThePartnerAgency() {
        for (Actor actor : Actor.values()) {
            assertThat(requests.nothingThere(actor).status()).as(actor.name())
                    .isEqualTo(actor == OFFICER || actor == PGA ? 403 : 404);
            assertThat(requests.nothingThereInTheApi(actor).shape()).as(actor.name()).contains("NOT_FOUND");
        }
    }

    // --- state-changing forms and API calls ---------------------------------------------------------------------

    /** A change, and who may make it; anyone else is answered as for an account that does not exist. */
    record Action(String path, Object form, Set<Actor> allowed) {
    }

    private List<Action> actions() {
        Set<Actor> aOwners = EnumSet.of(A_OWNER, A_PROXY);
        Set<Actor> aUserManagers = EnumSet.of(A_OWNER, A_PROXY, A_CLERK);
        Set<Actor> aOwner = EnumSet.of(A_OWNER);
        Set<Actor> bOwner = EnumSet.of(B_OWNER);
        Set<Actor> cOwner = EnumSet.of(C_OWNER);
        String a = path(world.a);
        String b = path(world.b);
        String c = path(world.c);
        String nobody = a + "/users/" + world.user(A_NOBODY).id();
        String today = accounts.today().toString();
        String later = accounts.today().plusDays(30).toString();
        Map<String, String> exporter = Map.of("activity", "EXPORTER", "name", "Forged exports");
        return List.of(
                new Action(a + "/sub-accounts", form("activity", "EXPORTER", "name", "Forged exports"), aOwners),
                new Action(a + "/sub-accounts/" + world.east().id() + "/identifiers", form("kind", "IMPORTER_NUMBER",
                        "value", TestAccounts.importerNumber(TestAccounts.ein()).value()), aOwners),
                new Action(a + "/sub-accounts/" + world.west().id() + "/identifiers/" + world.westSpareIdentifier
                        + "/remove", form(), aOwners),
                new Action(a + "/sub-accounts/" + world.west().id() + "/close", form("confirm", "yes"), aOwner),
                new Action(a + "/tax-identifier/reveal", form("reason", "VERIFY_IDENTITY", "note", ""), aOwner),
                new Action(a + "/users/invite", form("invitee", "EXISTING", "username",
                        world.user(C_OWNER).username().value(), "role", "USER", "subAccount",
                        world.east().id().toString(), "function", "ENTRIES", "level", "EDIT"), aUserManagers),
                new Action(nobody + "/rights", rightsRow(world.east().id().toString(), ""), aUserManagers),
                new Action(nobody + "/role", form("role", "PROXY_OWNER"), aOwner),
                new Action(nobody + "/transfer-ownership", form("confirm", "yes"), aOwner),
                new Action(nobody + "/unlock", form(), aUserManagers),
                new Action(nobody + "/password-link", form(), aUserManagers),
                new Action(nobody + "/remove", form(), aUserManagers),
                new Action(nobody + "/deactivate", form(), aUserManagers),
                new Action(nobody + "/reactivate", form(), aUserManagers),
                new Action(a + "/contacts", form("kind", "BILLING", "name", "Forged Payer",
                        "email", "forged@openace.test"), aUserManagers),
                new Action(a + "/contacts/" + world.aContact, form("kind", "TECHNICAL", "name", "Forged Name",
                        "email", "forged@openace.test"), aUserManagers),
                new Action(a + "/contacts/" + world.aContact + "/remove", form(), aUserManagers),
                new Action(a + "/grants/offer", form("otherAccount", world.c.account().number(),
                        "scopes", world.west().id() + ":ENTRIES", "level", "EDIT", "startsOn", today, "endsOn", later),
                        aOwner),
                new Action(a + "/grants/request", form("otherAccount", world.c.account().number(),
                        "functions", "ENTRIES", "level", "EDIT", "startsOn", today, "endsOn", later), aOwner),
                new Action(a + "/grants/" + world.grant.id() + "/revoke", form(), aOwner),
                new Action(a + "/groups", form("name", "Forged group"), aOwners),
                new Action(b + "/grants/" + world.grant.id() + "/revoke", form(), bOwner),
                new Action(b + "/grants/" + world.grant.id() + "/users", form("level_" + world.user(B_PLAIN).id()
                        + "_" + world.east().id() + "_ENTRIES", "EDIT"), bOwner),
                new Action(b + "/groups", form("name", "Forged group"), bOwner),
                new Action(b + "/groups/" + world.bGroup + "/clients", form("client", world.a.account().id().toString()),
                        bOwner),
                new Action(b + "/groups/" + world.bGroup + "/users", form("member", world.user(B_PLAIN).id().toString(),
                        "function", "ENTRIES", "level", "EDIT"), bOwner),
                new Action(c + "/sub-accounts", form("activity", "EXPORTER", "name", "Forged exports"), cOwner),
                new Action(c + "/tax-identifier/reveal", form("reason", "VERIFY_IDENTITY", "note", ""), cOwner),
                new Action(api(world.a) + "/sub-accounts", exporter, aOwners),
                new Action(api(world.a) + "/users/" + world.user(A_NOBODY).id() + "/rights", Map.of("rights",
                        List.of(Map.of("subAccountId", world.east().id().toString(), "function", "ENTRIES",
                                "level", "EDIT"))), aUserManagers),
                new Action(api(world.b) + "/sub-accounts", exporter, bOwner),
                new Action(api(world.b) + "/users/" + world.user(B_PLAIN).id() + "/rights", Map.of("rights", List.of()),
                        bOwner),
                new Action(api(world.c) + "/sub-accounts", exporter, cOwner));
    }

    @TestFactory
    List<DynamicTest> whoMayNotChangeSomethingIsAnsweredAsIfItDidNotExistAndChangesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Action action : actions()) {
            for (Actor actor : EnumSet.complementOf(EnumSet.copyOf(action.allowed()))) {
                tests.add(dynamicTest(actor + " cannot POST " + world.label(action.path()), () -> {
                    Answer nothingThere = action.path().startsWith("/api/") ? requests.nothingThereInTheApi(actor)
                            : requests.nothingThereToChange(actor);
                    State before = world.state(actor);

                    Answer answer = requests.post(actor, action.path(), action.form());

                    State after = world.state(actor);
                    assertThat(answer).isEqualTo(nothingThere);
                    assertThat(after.rows()).as("the data").isEqualTo(before.rows());
                    assertThat(after.successes()).as("audited as done").isEqualTo(before.successes());
                    assertThat(after.denials()).as("audited as refused").isEqualTo(before.denials() + 1);
                }));
            }
        }
        return tests;
    }

    // --- forged ids -------------------------------------------------------------------------------------------

    /** Where {@code ID} stands in a forgery's path or form (an id of another account's data, or a made-up one). */
    private static final String ID = "FORGED-ID";

    /**
     * A request by someone who may make it, with {@code ID} in its path or form standing for {@code foreign}, an id
     * of data that is not theirs to use there; answered with {@code status}, as the same request with a made-up id.
     */
    record Forgery(String what, Actor actor, String path, Object form, String foreign, int status) {

        String path(String id) {
            return path.replace(ID, id);
        }

        Object form(String id) {
            if (form instanceof MultiValueMap<?, ?> fields) {
                MultiValueMap<String, String> filled = new LinkedMultiValueMap<>();
                fields.forEach((name, values) -> values.forEach(v -> filled.add(name.toString().replace(ID, id),
                        v.toString().replace(ID, id))));
                return filled;
            }
            return form.toString().replace(ID, id);
        }
    }

    private List<Forgery> forgeries() {
        String a = path(world.a);
        String b = path(world.b);
        String nobody = a + "/users/" + world.user(A_NOBODY).id();
        String cImports = world.cImports().id().toString();
        String cOwner = world.user(C_OWNER).id().toString();
        String east = world.east().id().toString();
        String delegate = "level_" + world.user(B_DELEGATE).id() + "_" + east + "_ENTRIES";
        return List.of(
                new Forgery("C's sub-account in A's rights editor", A_OWNER, nobody + "/rights", rightsRow(ID, ""),
                        cImports, 400),
                new Forgery("C's importer number in A's rights editor", A_OWNER, nobody + "/rights", rightsRow(east, ID),
                        world.cIdentifier.toString(), 400),
                new Forgery("C's sub-account in A's invitation", A_OWNER, a + "/users/invite", form("invitee", "EXISTING",
                        "username", world.user(B_PLAIN).username().value(), "role", "USER", "subAccount", ID,
                        "function", "ENTRIES", "level", "VIEW"), cImports, 400),
                new Forgery("C's sub-account offered by A", A_OWNER, a + "/grants/offer", form("otherAccount",
                        world.b.account().number(), "scopes", ID + ":ENTRIES", "level", "VIEW",
                        "startsOn", accounts.today().toString(), "endsOn", accounts.today().plusDays(9).toString()),
                        cImports, 400),
                new Forgery("C's sub-account in A's rights through the API", A_OWNER, api(world.a) + "/users/"
                        + world.user(A_NOBODY).id() + "/rights", apiRights(ID, null), cImports, 400),
                new Forgery("C's importer number in A's rights through the API", A_OWNER, api(world.a) + "/users/"
                        + world.user(A_NOBODY).id() + "/rights", apiRights(east, ID), world.cIdentifier.toString(), 400),
                new Forgery("C's account as a client of B's group", B_OWNER, b + "/groups/" + world.bGroup + "/clients",
                        form("client", ID), world.c.account().id().toString(), 200),
                new Forgery("C's owner as a user of B's group", B_OWNER, b + "/groups/" + world.bGroup + "/users",
                        form("member", ID, "function", "ENTRIES", "level", "VIEW"), cOwner, 200),
                new Forgery("C's owner in B's pass-on", B_OWNER, b + "/grants/" + world.grant.id() + "/users",
                        form(delegate, "VIEW", "level_" + ID + "_" + east + "_ENTRIES", "EDIT"), cOwner, 200),
                new Forgery("A's ungranted west division in B's pass-on", B_OWNER, b + "/grants/" + world.grant.id()
                        + "/users", form(delegate, "VIEW", "level_" + world.user(B_PLAIN).id() + "_" + ID + "_ENTRIES",
                        "VIEW"), world.west().id().toString(), 200),
                new Forgery("C's owner as a user of A", A_OWNER, a + "/users/" + ID, null, cOwner, 404),
                new Forgery("C's owner's rights in A", A_OWNER, a + "/users/" + ID + "/rights", rightsRow(east, ""),
                        cOwner, 404),
                new Forgery("C's owner removed from A", A_OWNER, a + "/users/" + ID + "/remove", form(), cOwner, 404),
                new Forgery("A handed on to C's owner", A_OWNER, a + "/users/" + ID + "/transfer-ownership",
                        form("confirm", "yes"), cOwner, 404),
                new Forgery("C's contact under A", A_OWNER, a + "/contacts/" + ID, null, world.cContact.toString(), 404),
                new Forgery("C's contact removed under A", A_OWNER, a + "/contacts/" + ID + "/remove", form(),
                        world.cContact.toString(), 404),
                new Forgery("C's sub-account under A", A_OWNER, a + "/sub-accounts/" + ID, null, cImports, 404),
                new Forgery("C's sub-account closed under A", A_OWNER, a + "/sub-accounts/" + ID + "/close",
                        form("confirm", "yes"), cImports, 404),
                new Forgery("C's importer number removed from A's east", A_OWNER, a + "/sub-accounts/" + east
                        + "/identifiers/" + ID + "/remove", form(), world.cIdentifier.toString(), 404),
                new Forgery("B's group under A", A_OWNER, a + "/groups/" + ID, null, world.bGroup.toString(), 404),
                new Forgery("A's grant to B revoked under C", C_OWNER, path(world.c) + "/grants/" + ID + "/revoke", form(),
                        world.grant.id().toString(), 404),
                new Forgery("A's granted east division under B's address", B_OWNER, b + "/sub-accounts/" + ID, null,
                        east, 404),
                new Forgery("C's account in an invitation accepted by B's user", B_PLAIN, "/accounts/invitations/accept",
                        form("account", ID), world.c.account().id().toString(), 404),
                new Forgery("C's account in an invitation declined by B's user", B_PLAIN, "/accounts/invitations/decline",
                        form("account", ID), world.c.account().id().toString(), 404),
                new Forgery("C's sub-account under A in the API", A_OWNER, api(world.a) + "/sub-accounts/" + ID, null,
                        cImports, 404),
                new Forgery("C's owner's rights in A through the API", A_OWNER, api(world.a) + "/users/" + ID + "/rights",
                        apiRights(east, null), cOwner, 404));
    }

    @TestFactory
    List<DynamicTest> idsOfAnotherAccountsDataAreAnsweredLikeMadeUpIdsAndChangeNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Forgery forgery : forgeries()) {
            tests.add(dynamicTest(forgery.what() + ": " + forgery.actor() + " "
                    + world.label(forgery.path(forgery.foreign())), () -> {
                State before = world.state(forgery.actor());

                Answer foreign = send(forgery, forgery.foreign());
                Answer madeUp = send(forgery, UUID.randomUUID().toString());

                assertThat(foreign.status()).isEqualTo(forgery.status());
                assertThat(foreign).isEqualTo(madeUp);
                assertThat(world.state(forgery.actor()).rows()).as("the data").isEqualTo(before.rows());
            }));
        }
        return tests;
    }

    private Answer send(Forgery forgery, String id) {
        if (forgery.form() == null) {
            return requests.get(forgery.actor(), forgery.path(id));
        }
        Object form = forgery.form(id);
        return form instanceof MultiValueMap<?, ?> && forgery.status() == 200
                ? requests.postAndFollow(forgery.actor(), forgery.path(id), cast(form))
                : requests.post(forgery.actor(), forgery.path(id), form);
    }

    @SuppressWarnings("unchecked")
    private static MultiValueMap<String, String> cast(Object form) {
        return (MultiValueMap<String, String>) form;
    }

    // --- grants that end ----------------------------------------------------------------------------------------

    @Test
    void aGrantWhoseLastDayHasPassedStopsAtTheGranteesNextRequest() {
        OpenTradeAccount.Opened client = accounts.importer(users.create("mxending", Role.TRADE));
        CrossAccountGrant ending = accounts.grant(client, world.b,
                new GrantScope(client.subAccounts().getFirst().id(), ENTRIES, VIEW));
        assertThat(requests.get(B_OWNER, path(client)).status()).isEqualTo(200);
        assertThat(requests.get(B_OWNER, api(client)).status()).isEqualTo(200);

        LocalDate today = accounts.today();
        jdbc.sql("update cross_account_grant set starts_on = ?, ends_on = ? where id = ?")
                .param(today.minusDays(30)).param(today.minusDays(1)).param(ending.id()).update();

        assertThat(requests.get(B_OWNER, path(client))).isEqualTo(requests.nothingThere(B_OWNER));
        assertThat(requests.get(B_OWNER, api(client))).isEqualTo(requests.nothingThereInTheApi(B_OWNER));
    }

    @Test
    void aRevokedGrantStopsAtTheNextRequestOfTheUserItWasPassedOnTo() {
        PortalUser owner = users.create("mxrevoking", Role.TRADE);
        OpenTradeAccount.Opened client = accounts.importer(owner);
        SubAccount sub = client.subAccounts().getFirst();
        CrossAccountGrant revoked = accounts.grant(client, world.b, new GrantScope(sub.id(), ENTRIES, EDIT));
        accounts.delegate(revoked, world.user(B_DELEGATE), sub, ENTRIES, VIEW, world.user(B_OWNER).id());
        String page = path(client) + "/sub-accounts/" + sub.id();
        String resource = api(client) + "/sub-accounts/" + sub.id();
        assertThat(requests.get(B_DELEGATE, page).status()).isEqualTo(200);
        assertThat(requests.get(B_DELEGATE, resource).status()).isEqualTo(200);

        accounts.revoke(revoked, owner.id());

        assertThat(requests.get(B_DELEGATE, page)).isEqualTo(requests.nothingThere(B_DELEGATE));
        assertThat(requests.get(B_DELEGATE, resource)).isEqualTo(requests.nothingThereInTheApi(B_DELEGATE));
    }

    // --- officers' moves on entry summaries (filing.officer) -----------------------------------------------------

    /** The moves an officer makes on an entry, by the names they have in the pages' and the API's addresses. */
    private static final List<String> ENTRY_MOVES = List.of("reject", "hold", "lift-hold", "release",
            "schedule-liquidation", "liquidate", "extend");

    @TestFactory
    List<DynamicTest> officersEntryPagesAndMovesAreForbiddenToEveryTradeActorAndChangeNothing() {
        String entry = org.openace.filing.EntryNumber.of("ZZ9", "0000001").formatted();
        String actions = "/officer/entries/" + entry + "/actions";
        String api = "/api/v1/entry-summaries/" + entry + "/actions/";
        String body = "{\"reasons\": [\"Forged\"], \"authority\": \"CBP\", \"reason\": \"Forged\", "
                + "\"holdNumber\": 1, \"liquidationDate\": \"2027-01-08\", \"amount\": \"1.00\"}";
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            tests.add(dynamicTest(actor + (actor == OFFICER ? " opens" : " is refused") + " the officers' entry pages",
                    () -> {
                        State before = world.state(actor);
                        assertThat(requests.get(actor, "/officer/entries").status())
                                .isEqualTo(actor == OFFICER ? 200 : 403);
                        assertThat(requests.get(actor, actions).status()).as("an entry that does not exist")
                                .isEqualTo(actor == OFFICER ? 404 : 403);
                        for (String move : ENTRY_MOVES) {
                            Answer page = requests.post(actor, actions + "/" + move, form("reasons", "Forged",
                                    "authority", "CBP", "reason", "Forged", "holdNumber", "1",
                                    "liquidationDate", "2027-01-08", "amount", "1.00"));
                            Answer call = requests.post(actor, api + move, body);
                            assertThat(page.status()).as(move).isEqualTo(actor == OFFICER ? 404 : 403);
                            assertThat(call.status()).as(move).isEqualTo(actor == OFFICER ? 404 : 403);
                            assertThat(call.shape()).as(move).contains(actor == OFFICER ? "NOT_FOUND" : "FORBIDDEN");
                            if (actor != OFFICER) {
                                // the world's entries exist: still forbidden, whoever may see them
                                for (var number : world.filings.entries.values()) {
                                    String real = number.formatted();
                                    assertThat(requests.post(actor, "/officer/entries/" + real + "/actions/" + move,
                                            form("reasons", "Forged", "authority", "CBP", "reason", "Forged",
                                                    "holdNumber", "1", "liquidationDate", "2027-01-08",
                                                    "amount", "1.00")).status()).as(move + " " + real).isEqualTo(403);
                                    assertThat(requests.post(actor, "/api/v1/entry-summaries/" + real + "/actions/"
                                            + move, body).shape()).as(move + " " + real).contains("FORBIDDEN");
                                }
                            }
                        }
                        State after = world.state(actor);
                        assertThat(after.rows()).as("the data").isEqualTo(before.rows());
                        assertThat(after.successes()).as("audited as done").isEqualTo(before.successes());
                    }));
        }
        return tests;
    }

    // --- entry summaries (filing): search, detail, export, uploads -----------------------------------------------

    /**
     * Which of the world's entries each actor may see (issue 9, F1): the importer's account by its importer number and
     * the filer's account by its filer code, without a grant; anyone else only through a grant, narrowed as the
     * rights are; officers all; partner agencies nothing. B filed both of A's entries, so B's users with entries on
     * the brokerage see A's west entry too, although A granted B only its east division; B's user to whom only the
     * east grant was passed on sees east alone.
     */
    private static final Map<Actor, Set<Entry>> SEES = seen();

    private static Map<Actor, Set<Entry>> seen() {
        Map<Actor, Set<Entry>> sees = new EnumMap<>(Actor.class);
        sees.put(A_OWNER, EnumSet.of(Entry.A_EAST_BY_B, Entry.A_WEST_BY_B));
        sees.put(A_PROXY, EnumSet.of(Entry.A_EAST_BY_B, Entry.A_WEST_BY_B));
        sees.put(A_CLERK, EnumSet.of(Entry.A_EAST_BY_B));
        sees.put(A_NOBODY, EnumSet.noneOf(Entry.class));
        sees.put(B_OWNER, EnumSet.of(Entry.A_EAST_BY_B, Entry.A_WEST_BY_B));
        sees.put(B_DELEGATE, EnumSet.of(Entry.A_EAST_BY_B));
        sees.put(B_PLAIN, EnumSet.of(Entry.A_EAST_BY_B, Entry.A_WEST_BY_B));
        sees.put(C_OWNER, EnumSet.of(Entry.C_BY_D));
        sees.put(OFFICER, EnumSet.allOf(Entry.class));
        sees.put(PGA, EnumSet.noneOf(Entry.class));
        return sees;
    }

    @Test
    void everyActorIsInTheTableOfEntriesSeen() {
        assertThat(SEES.keySet()).containsExactlyInAnyOrder(Actor.values());
    }

    /** The searches that hold every entry of the world: one per filer code (B's and D's hold no other entries). */
    private List<String> searchesByFiler(String path, String more) {
        return List.of(path + "?filerCode=" + world.filings.bFilerCode + more,
                path + "?filerCode=" + world.filings.d.filerCode() + more);
    }

    /** The world's entries whose numbers are in the text. */
    private Set<Entry> named(String text) {
        Set<Entry> found = EnumSet.noneOf(Entry.class);
        world.filings.entries.forEach((entry, number) -> {
            if (text.contains(number.formatted())) {
                found.add(entry);
            }
        });
        return found;
    }

    private String body(Actor actor, String path) {
        MockHttpServletResponse response = requests.exchange(actor, MockMvcRequestBuilders.get(path), path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @TestFactory
    List<DynamicTest> theEntrySearchPageAndItsCsvExportHoldExactlyTheEntriesEachActorMaySee() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            tests.add(dynamicTest(actor + " searches /entries and exports it", () -> {
                if (actor == PGA) {
                    assertThat(requests.get(actor, "/entries").status()).isEqualTo(403);
                    assertThat(requests.get(actor, searchesByFiler("/entries/export", "&format=csv").getFirst())
                            .status()).isEqualTo(403);
                    return;
                }
                Set<Entry> listed = EnumSet.noneOf(Entry.class);
                Set<Entry> exported = EnumSet.noneOf(Entry.class);
                for (String search : searchesByFiler("/entries", "")) {
                    listed.addAll(named(body(actor, search)));
                }
                for (String export : searchesByFiler("/entries/export", "&format=csv")) {
                    exported.addAll(named(body(actor, export)));
                }
                assertThat(listed).as("listed").isEqualTo(SEES.get(actor));
                assertThat(exported).as("exported").isEqualTo(SEES.get(actor));
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> theEntrySearchApiListsExactlyTheEntriesEachSignedInActorMaySee() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            tests.add(dynamicTest(actor + " searches GET /api/v1/entry-summaries", () -> {
                if (actor == PGA) {
                    Answer refused = requests.get(actor, "/api/v1/entry-summaries");
                    assertThat(refused.status()).isEqualTo(403);
                    assertThat(refused.shape()).contains("FORBIDDEN");
                    return;
                }
                Set<Entry> listed = EnumSet.noneOf(Entry.class);
                for (String search : searchesByFiler("/api/v1/entry-summaries", "&limit=200")) {
                    for (JsonNode entry : AuthorizationMatrixFixture.json(requests.exchange(actor,
                            MockMvcRequestBuilders.get(search), search)).path("entries")) {
                        listed.addAll(named(entry.path("entryNumber").asString()));
                    }
                }
                assertThat(listed).isEqualTo(SEES.get(actor));
            }));
        }
        return tests;
    }

    /** An entry's pages and API resources, for an entry number. */
    private static List<String> entryPaths(String number) {
        return List.of("/entries/" + number, "/entries/" + number + "/versions",
                "/entries/" + number + "/versions?left=1&right=1", "/api/v1/entry-summaries/" + number,
                "/api/v1/entry-summaries/" + number + "/versions/1");
    }

    @TestFactory
    List<DynamicTest> anEntrysDetailVersionsAndResourceOpenExactlyForWhoMaySeeItAndAreOtherwiseAMadeUpNumber() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Entry entry : Entry.values()) {
            String number = world.filings.entries.get(entry).formatted();
            for (Actor actor : Actor.values()) {
                boolean sees = SEES.get(actor).contains(entry);
                tests.add(dynamicTest(actor + (sees ? " opens " : " does not find ") + entry, () -> {
                    State before = world.state(actor);
                    List<String> paths = entryPaths(number);
                    List<String> madeUp = entryPaths(world.filings.madeUp.formatted());
                    for (int i = 0; i < paths.size(); i++) {
                        Answer answer = requests.get(actor, paths.get(i));
                        if (sees) {
                            assertThat(answer.status()).as(paths.get(i)).isEqualTo(200);
                        }
                        else {
                            assertThat(answer.status()).as(paths.get(i)).isEqualTo(404);
                            assertThat(answer).as(paths.get(i)).isEqualTo(requests.get(actor, madeUp.get(i)));
                        }
                    }
                    assertThat(world.state(actor).rows()).as("the data").isEqualTo(before.rows());
                }));
            }
        }
        return tests;
    }

    private MockHttpServletResponse withToken(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
    }

    private static String shape(MockHttpServletResponse response) {
        JsonNode problem = AuthorizationMatrixFixture.json(response);
        return response.getStatus() + " " + response.getContentType() + " " + problem.path("code").asString() + " "
                + problem.path("title").asString() + " " + problem.path("detail").asString();
    }

    @Test
    void aBrokersTokenReadsAndListsTheEntriesItsBrokerageFiledAndNoOthers() throws Exception {
        AuthorizationMatrixFilings filings = world.filings;
        String api = "/api/v1/entry-summaries/";
        for (Entry entry : List.of(Entry.A_EAST_BY_B, Entry.A_WEST_BY_B)) {
            assertThat(withToken(filings.bToken, MockMvcRequestBuilders.get(api + filings.entries.get(entry)
                    .formatted())).getStatus()).as("B filed " + entry).isEqualTo(200);
        }
        for (String path : List.of("", "/versions/1")) {
            String madeUp = shape(withToken(filings.bToken, MockMvcRequestBuilders.get(api
                    + filings.madeUp.formatted() + path)));
            assertThat(madeUp).startsWith("404");
            assertThat(shape(withToken(filings.bToken, MockMvcRequestBuilders.get(api
                    + filings.entries.get(Entry.C_BY_D).formatted() + path)))).as("C's entry, filed by D")
                    .isEqualTo(madeUp);
            assertThat(shape(withToken(filings.d.token(), MockMvcRequestBuilders.get(api
                    + filings.entries.get(Entry.A_EAST_BY_B).formatted() + path)))).as("D's token on A's entry")
                    .isEqualTo(shape(withToken(filings.d.token(), MockMvcRequestBuilders.get(api
                            + EntryNumber.of(filings.d.filerCode(), "7777777").formatted() + path))));
        }
        Set<Entry> listed = EnumSet.noneOf(Entry.class);
        for (String search : searchesByFiler("/api/v1/entry-summaries", "")) {
            for (JsonNode found : AuthorizationMatrixFixture.json(withToken(filings.bToken,
                    MockMvcRequestBuilders.get(search))).path("entries")) {
                listed.addAll(named(found.path("entryNumber").asString()));
            }
        }
        assertThat(listed).isEqualTo(EnumSet.of(Entry.A_EAST_BY_B, Entry.A_WEST_BY_B));
    }

    @Test
    void aBrokersTokenCannotFileUnderAnotherFilersCodeAndChangesNothing() throws Exception {
        AuthorizationMatrixFilings filings = world.filings;
        EntryNumber dsNumber = EntryNumber.of(filings.d.filerCode(), "0000009");
        State before = world.state(B_OWNER);

        MockHttpServletResponse refused = withToken(filings.bToken, MockMvcRequestBuilders.post(
                "/api/v1/entry-summaries").contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(dsNumber, FilingFixtures.DEMO_IMPORTER)));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(new String(refused.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("E102_FILER_CODE");
        assertThat(world.state(B_OWNER).rows()).as("the data").isEqualTo(before.rows());
        assertThat(jdbc.sql("select count(*) from entry_summary where entry_number = ?").param(dsNumber.compact())
                .query(Integer.class).single()).isZero();
    }

    @TestFactory
    List<DynamicTest> noSignedInActorFilesThroughTheIntakeApiAndTheRefusalChangesNothing() {
        String summary = FilingFixtures.summary(EntryNumber.of(world.filings.bFilerCode, "0000004"),
                FilingFixtures.DEMO_IMPORTER);
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            tests.add(dynamicTest(actor + " cannot POST /api/v1/entry-summaries with a session", () -> {
                State before = world.state(actor);

                Answer refused = requests.post(actor, "/api/v1/entry-summaries", summary);

                assertThat(refused.status()).isIn(401, 403);
                assertThat(world.state(actor).rows()).as("the data").isEqualTo(before.rows());
            }));
        }
        return tests;
    }

    /** The uploads' pages of one upload. */
    private static List<String> uploadPaths(Object id) {
        return List.of("/entry-uploads/" + id, "/entry-uploads/" + id + "/progress",
                "/entry-uploads/" + id + "/results.csv");
    }

    @TestFactory
    List<DynamicTest> anUploadsPagesOpenOnlyForItsFilersUsersWhoMayFileAndAreOtherwiseAMadeUpId() {
        Set<Actor> bFilers = EnumSet.of(B_OWNER, B_PLAIN);
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            tests.add(dynamicTest(actor + " opens the uploads of B and D", () -> {
                State before = world.state(actor);
                List<String> madeUp = uploadPaths(UUID.randomUUID());
                List<String> bs = uploadPaths(world.filings.bUpload);
                List<String> ds = uploadPaths(world.filings.dUpload);
                for (int i = 0; i < madeUp.size(); i++) {
                    Answer nothing = requests.get(actor, madeUp.get(i));
                    assertThat(nothing.status()).isEqualTo(actor == OFFICER || actor == PGA ? 403 : 404);
                    if (bFilers.contains(actor)) {
                        assertThat(requests.get(actor, bs.get(i)).status()).as(bs.get(i)).isEqualTo(200);
                    }
                    else {
                        assertThat(requests.get(actor, bs.get(i))).as(bs.get(i)).isEqualTo(nothing);
                    }
                    assertThat(requests.get(actor, ds.get(i))).as(ds.get(i)).isEqualTo(nothing);
                }
                assertThat(world.state(actor).rows()).as("the data").isEqualTo(before.rows());
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> theUploadFormOffersTheBrokeragesFilerCodeExactlyToWhoMayFileUnderIt() {
        String bChoice = world.brokerage().id() + ":" + world.filings.bFilerCode;
        String dChoice = world.filings.d.sub().id() + ":" + world.filings.d.filerCode();
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            tests.add(dynamicTest(actor + " opens /entry-uploads", () -> {
                if (actor == OFFICER || actor == PGA) {
                    assertThat(requests.get(actor, "/entry-uploads").status()).isEqualTo(403);
                    return;
                }
                String page = body(actor, "/entry-uploads");
                boolean files = actor == B_OWNER || actor == B_PLAIN;
                assertThat(page.contains(bChoice)).as("B's filer code offered").isEqualTo(files);
                assertThat(page.contains(world.filings.bUpload.toString())).as("B's upload listed").isEqualTo(files);
                assertThat(page).doesNotContain(dChoice).doesNotContain(world.filings.dUpload.toString());
            }));
        }
        return tests;
    }

    private Answer uploadOnTheWeb(Actor actor, String filer) {
        AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.multipart("/entry-uploads")
                .file(new MockMultipartFile("file", "forged.jsonl", "application/x-ndjson",
                        (FilingFixtures.summary(EntryNumber.of(world.filings.bFilerCode, "0000003"),
                                FilingFixtures.DEMO_IMPORTER).replace("\n", "") + "\n")
                                .getBytes(StandardCharsets.UTF_8)))
                .param("filer", filer).param("_csrf", world.csrf(actor));
        return requests.answer("/entry-uploads", requests.exchange(actor, request, "/entry-uploads"));
    }

    @TestFactory
    List<DynamicTest> whoMayNotFileUnderBsFilerCodeCannotUploadAndChangesNothing() {
        String bChoice = world.brokerage().id() + ":" + world.filings.bFilerCode;
        String madeUpChoice = UUID.randomUUID() + ":" + world.filings.bFilerCode;
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : EnumSet.complementOf(EnumSet.of(B_OWNER, B_PLAIN))) {
            tests.add(dynamicTest(actor + " cannot upload under B's filer code", () -> {
                State before = world.state(actor);

                Answer refused = uploadOnTheWeb(actor, bChoice);

                assertThat(refused.status()).isEqualTo(actor == OFFICER || actor == PGA ? 403 : 400);
                assertThat(refused).isEqualTo(uploadOnTheWeb(actor, madeUpChoice));
                State after = world.state(actor);
                assertThat(after.rows()).as("the data").isEqualTo(before.rows());
                assertThat(after.successes()).as("audited as done").isEqualTo(before.successes());
            }));
        }
        tests.add(dynamicTest("B_OWNER cannot upload under D's filer code, answered like a made-up choice", () -> {
            State before = world.state(B_OWNER);

            Answer refused = uploadOnTheWeb(B_OWNER, world.filings.d.sub().id() + ":" + world.filings.d.filerCode());

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused).isEqualTo(uploadOnTheWeb(B_OWNER, madeUpChoice));
            assertThat(world.state(B_OWNER).rows()).as("the data").isEqualTo(before.rows());
        }));
        return tests;
    }

    @Test
    void anotherFilersUploadIsAnsweredToATokenLikeAMadeUpIdAndSessionsDoNotReachTheUploadsApi() throws Exception {
        String api = "/api/v1/entry-summary-uploads/";
        AuthorizationMatrixFilings filings = world.filings;
        for (String path : List.of("", "/results")) {
            assertThat(withToken(filings.bToken, MockMvcRequestBuilders.get(api + filings.bUpload + path))
                    .getStatus()).isEqualTo(200);
            String madeUp = shape(withToken(filings.bToken, MockMvcRequestBuilders.get(api + UUID.randomUUID()
                    + path)));
            assertThat(madeUp).startsWith("404");
            assertThat(shape(withToken(filings.bToken, MockMvcRequestBuilders.get(api + filings.dUpload + path))))
                    .isEqualTo(madeUp);
        }
        for (Actor actor : Actor.values()) {
            State before = world.state(actor);
            Answer own = requests.get(actor, api + filings.bUpload);
            assertThat(own.status()).as(actor.name()).isIn(401, 403);
            assertThat(own).as(actor.name()).isEqualTo(requests.get(actor, api + UUID.randomUUID()));
            Answer upload = requests.post(actor, "/api/v1/entry-summary-uploads", "{}");
            assertThat(upload.status()).as(actor.name()).isIn(401, 403, 415);
            assertThat(world.state(actor).rows()).as(actor.name()).isEqualTo(before.rows());
        }
    }

    // --- forms --------------------------------------------------------------------------------------------------

    /** The rights editor with one row: entries, view and change, on the sub-account, narrowed to the importer. */
    private static MultiValueMap<String, String> rightsRow(String subAccount, String importer) {
        return form("subAccount", subAccount, "function", "ENTRIES", "level", "EDIT", "importer", importer,
                "filer", "", "port", "");
    }

    /** The API's rights of a user, one right: entries, view and change, narrowed to the importer if one is given. */
    private static String apiRights(String subAccount, @Nullable String importer) {
        Map<String, String> right = new LinkedHashMap<>();
        right.put("subAccountId", subAccount);
        right.put("function", "ENTRIES");
        right.put("level", "EDIT");
        if (importer != null) {
            right.put("importerIdentifierId", importer);
        }
        return AuthorizationMatrixFixture.write(Map.of("rights", List.of(right)));
    }
}
