package org.openace.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.DataAccess;
import org.openace.account.DataRef;
import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.grant.GrantScope;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.platform.web.AuthorizationRules;
import org.openace.platform.web.EndpointRules;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.SignedInUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the running portal declares who may reach it, and one that does not is refused to everyone: a
 * deliberately careless controller, registered only here (at an address the web security lets everyone reach), is
 * the check's negative control. A kind of data id that only this test knows ("thing", with its resolver) shows how a
 * module declares access to its own data: allowed and refused by {@code AccessControl}, through any of the
 * sub-accounts the data is visible from, and through a grant.
 */
@PortalTest
@Import(EndpointRulesIntegrationTests.TestEndpoints.class)
class EndpointRulesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ThingIds things;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEndpointOfTheRunningPortalDeclaresWhoMayReachItAndTheCheckCatchesOneThatDoesNot() {
        assertThat(mappings.getHandlerMethods()).as("the portal's endpoints").hasSizeGreaterThan(100);

        assertThat(EndpointRules.undeclared(mappings.getHandlerMethods()))
                .as("endpoints without an access rule: only the careless one of this test")
                .containsExactly("[GET] [/test/careless] CarelessController#forgotItsRule");
    }

    @Test
    void anEndpointThatDeclaresNoRuleIsRefusedToEveryoneEvenAtAnAddressOpenToAll() {
        PortalClient visitor = new PortalClient(mvc);
        PortalClient.Page anonymous = visitor.getNoFollow("/test/careless");
        assertThat(anonymous.status()).as("a visitor is sent to sign in").isEqualTo(302);
        assertThat(anonymous.response().getRedirectedUrl()).contains("/sign-in");

        for (Role role : Role.values()) {
            PortalClient.Page page = PortalClient.signedIn(mvc, users.create("careless", role)).get("/test/careless");
            assertThat(page.status()).as(role.name()).isEqualTo(403);
            assertThat(page.body()).as(role.name()).doesNotContain("served");
        }
    }

    @Test
    void aRoleOrASignedInUserThatAnEndpointDeclaresIsRequiredWhereverThePathRulesLetEveryoneIn() {
        PortalClient visitor = new PortalClient(mvc);
        assertThat(visitor.getNoFollow("/test/open/officers").response().getRedirectedUrl()).contains("/sign-in");
        assertThat(visitor.getNoFollow("/test/open/signed-in").response().getRedirectedUrl()).contains("/sign-in");

        PortalClient trade = PortalClient.signedIn(mvc, users.create("ruletrd", Role.TRADE));
        assertThat(trade.get("/test/open/officers").status()).isEqualTo(403);
        assertThat(trade.get("/test/open/signed-in").body()).isEqualTo("for users");
        PortalClient officer = PortalClient.signedIn(mvc, users.create("ruleofc", Role.OFFICER));
        assertThat(officer.get("/test/open/officers").body()).isEqualTo("for officers");
    }

    @Test
    void dataOfANewKindIsReachedWithRightsOnItsSubAccountAndRefusedWith404Otherwise() {
        PortalUser owner = users.create("thingown", Role.TRADE);
        PortalUser clerk = users.create("thingclk", Role.TRADE);
        PortalUser westClerk = users.create("thingwst", Role.TRADE);
        PortalUser outsider = users.create("thingout", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importerWithTwoDivisions(owner);
        SubAccount east = importer.subAccounts().get(0);
        SubAccount west = importer.subAccounts().get(1);
        accounts.member(importer, clerk, AccountRole.USER);
        accounts.right(importer, clerk, east, AccountFunction.ENTRIES, AccessLevel.VIEW);
        accounts.member(importer, westClerk, AccountRole.USER);
        accounts.right(importer, westClerk, west, AccountFunction.ENTRIES, AccessLevel.EDIT);
        accounts.importer(outsider);
        String thing = things.add(DataTarget.anyOf(DataRef.of(east.id())));

        PortalClient clerkClient = PortalClient.signedIn(mvc, clerk);
        assertThat(clerkClient.get("/test/things/" + thing).body()).isEqualTo("thing " + thing);
        clerkClient.get("/");
        assertThat(clerkClient.post("/test/things/" + thing, Map.of()).status()).as("view only").isEqualTo(404);
        assertThat(PortalClient.signedIn(mvc, owner).get("/test/things/" + thing).status()).isEqualTo(200);
        assertThat(PortalClient.signedIn(mvc, westClerk).get("/test/things/" + thing).status())
                .as("rights on another sub-account").isEqualTo(404);
        PortalClient outsiderClient = PortalClient.signedIn(mvc, outsider);
        assertThat(outsiderClient.get("/test/things/" + thing).status()).isEqualTo(404);
        assertThat(outsiderClient.get("/test/things/no-such-thing").status()).as("same answer as for nothing")
                .isEqualTo(404);

        assertThat(refusals(thing)).as("refusals audited (edit, other sub-account, outsider)").isEqualTo(3);
        assertThat(jdbc.sql("select details->>'level' from audit_event where action = 'ACCOUNT_ACCESS_DENIED' "
                        + "and object_type = 'THING' and object_id = ? and actor_id = ?")
                .param(thing).param(clerk.id().value()).query(String.class).list()).containsExactly("EDIT");
    }

    @Test
    void dataVisibleFromTwoAccountsIsReachedFromEitherAndByAGranteeOfOne() {
        PortalUser importerOwner = users.create("thingimp", Role.TRADE);
        PortalUser filerOwner = users.create("thingfil", Role.TRADE);
        PortalUser granteeOwner = users.create("thinggte", Role.TRADE);
        PortalUser outsider = users.create("thingnon", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        OpenTradeAccount.Opened filer = accounts.broker(filerOwner);
        OpenTradeAccount.Opened grantee = accounts.broker(granteeOwner);
        accounts.importer(outsider);
        SubAccount importerSub = importer.subAccounts().getFirst();
        String entry = things.add(DataTarget.anyOf(DataRef.of(importerSub.id()),
                DataRef.of(filer.subAccounts().getFirst().id())));

        assertThat(PortalClient.signedIn(mvc, importerOwner).get("/test/things/" + entry).status()).isEqualTo(200);
        assertThat(PortalClient.signedIn(mvc, filerOwner).get("/test/things/" + entry).status()).isEqualTo(200);
        PortalClient granteeClient = PortalClient.signedIn(mvc, granteeOwner);
        assertThat(granteeClient.get("/test/things/" + entry).status()).as("before the grant").isEqualTo(404);
        accounts.grant(importer, grantee, new GrantScope(importerSub.id(), AccountFunction.ENTRIES, AccessLevel.VIEW));
        assertThat(granteeClient.get("/test/things/" + entry).status()).as("through the grant").isEqualTo(200);
        assertThat(PortalClient.signedIn(mvc, outsider).get("/test/things/" + entry).status()).isEqualTo(404);
    }

    @Test
    void aRuleMayLetTheUsersOfARoleReachEveryPieceOfDataOfItsKindThatExists() {
        PortalUser owner = users.create("thingrol", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(owner);
        String thing = things.add(DataTarget.anyOf(DataRef.of(importer.subAccounts().getFirst().id())));
        String nobodys = things.add(DataTarget.anyOf(java.util.List.of()));

        PortalClient officer = PortalClient.signedIn(mvc, users.create("thingofc", Role.OFFICER));
        assertThat(officer.get("/test/things/" + thing + "/all-for-officers").body()).isEqualTo("thing " + thing);
        assertThat(officer.get("/test/things/" + nobodys + "/all-for-officers").status())
                .as("data that no account holds").isEqualTo(200);
        assertThat(officer.get("/test/things/no-such-thing/all-for-officers").status()).as("nothing").isEqualTo(404);
        assertThat(officer.get("/test/things/" + thing).status()).as("where the rule names no role").isEqualTo(404);
        assertThat(PortalClient.signedIn(mvc, users.create("thingpga", Role.PGA))
                .get("/test/things/" + thing + "/all-for-officers").status()).as("a role not named").isEqualTo(404);
        assertThat(PortalClient.signedIn(mvc, owner).get("/test/things/" + thing + "/all-for-officers").status())
                .as("rights still count").isEqualTo(200);
    }

    @Test
    void aRuleMayLetApiTokensReachTheDataOfTheirOwnSubAccountAndNoOther() {
        org.openace.filing.FilingFixtures.Broker broker = org.openace.filing.FilingFixtures.broker(mvc, users,
                accounts, jdbc, "thingtok");
        PortalUser otherOwner = users.create("thingtoo", Role.TRADE);
        OpenTradeAccount.Opened other = accounts.broker(otherOwner);
        String own = things.add(DataTarget.anyOf(DataRef.of(broker.sub().id())));
        String others = things.add(DataTarget.anyOf(DataRef.of(other.subAccounts().getFirst().id())));

        assertThat(withToken(broker.token(), "/api/test/things/" + own).getStatus()).isEqualTo(200);
        assertThat(withToken(broker.token(), "/api/test/things/" + others).getStatus()).isEqualTo(404);
        assertThat(withToken(broker.token(), "/api/test/things/no-such-thing").getStatus()).isEqualTo(404);
        assertThat(withToken(broker.token(), "/test/things/" + own).getStatus())
                .as("a token is not authenticated on pages").isNotEqualTo(200);
        assertThat(withToken(broker.token(), "/api/test/things/" + own + "/sessions-only").getStatus())
                .as("where the rule does not accept tokens").isEqualTo(404);
        assertThat(PortalClient.signedIn(mvc, otherOwner).exchange(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/test/things/" + others))
                .getStatus()).as("the session of a user with rights").isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_ACCESS_DENIED' "
                        + "and object_type = 'THING' and object_id = ? and actor_name like 'api-token:%'")
                .param(others).query(Integer.class).single()).isEqualTo(1);
    }

    private org.springframework.mock.web.MockHttpServletResponse withToken(String token, String path) {
        try {
            return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                    .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int refusals(String thing) {
        return jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_ACCESS_DENIED' "
                + "and object_type = 'THING' and object_id = ?").param(thing).query(Integer.class).single();
    }

    /** The test's endpoints and the resolver of its kind of data. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import({CarelessController.class, RuledController.class, ThingController.class})
    static class TestEndpoints {

        /** Open to everyone by the path rules, so that only the missing declaration refuses it. */
        @Bean
        AuthorizationRules carelessPathIsOpen() {
            return rules -> rules.requestMatchers("/test/careless", "/test/open/**").permitAll();
        }

        @Bean
        ThingIds thingIds() {
            return new ThingIds();
        }
    }

    /** Forgot to say who may reach it. */
    @RestController
    static class CarelessController {

        @GetMapping("/test/careless")
        String forgotItsRule() {
            return "served";
        }
    }

    /** Rules that hold by themselves, at addresses the path rules open to everyone. */
    @RestController
    static class RuledController {

        @GetMapping("/test/open/officers")
        @RoleRequired("OFFICER")
        String officers() {
            return "for officers";
        }

        @GetMapping("/test/open/signed-in")
        @SignedInUser
        String signedIn() {
            return "for users";
        }
    }

    /** Data of a kind of its own, by its id in the address, like an entry by its number. */
    @RestController
    static class ThingController {

        @GetMapping("/test/things/{thingId}")
        @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "thing", id = "thingId")
        String show(@PathVariable String thingId) {
            return "thing " + thingId;
        }

        @GetMapping("/test/things/{thingId}/all-for-officers")
        @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "thing", id = "thingId",
                allForRoles = "OFFICER")
        String showToOfficers(@PathVariable String thingId) {
            return "thing " + thingId;
        }

        @GetMapping("/api/test/things/{thingId}")
        @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "thing", id = "thingId",
                apiTokens = true)
        String showToTokens(@PathVariable String thingId) {
            return "thing " + thingId;
        }

        @GetMapping("/api/test/things/{thingId}/sessions-only")
        @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "thing", id = "thingId")
        String showToSessions(@PathVariable String thingId) {
            return "thing " + thingId;
        }

        @PostMapping("/test/things/{thingId}")
        @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.EDIT, kind = "thing", id = "thingId")
        String change(@PathVariable String thingId) {
            return "changed " + thingId;
        }
    }

    /** The resolver of "thing" ids: things the tests add, each visible from the sub-accounts they say. */
    static class ThingIds implements DataResolver {

        private final Map<String, DataTarget> things = new ConcurrentHashMap<>();

        String add(DataTarget target) {
            String id = "T" + (things.size() + 1000) + "-" + Long.toHexString(System.nanoTime());
            things.put(id, target);
            return id;
        }

        @Override
        public String kind() {
            return "thing";
        }

        @Override
        public Optional<DataTarget> resolve(String id) {
            return Optional.ofNullable(things.get(id));
        }
    }
}
