package org.openace.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.grant.CrossAccountGrant;
import org.openace.account.grant.CrossAccountGrants;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openace.account.AccessLevel.EDIT;
import static org.openace.account.AccessLevel.VIEW;
import static org.openace.account.AccountFunction.ENTRIES;
import static org.openace.account.AccountFunction.PAYMENTS;

/** A5 through the pages: offer and accept, request and approve (narrowed), revoke, pass on, client groups. */
@PortalTest
class CrossAccountAccessIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccessControl access;
    @Autowired
    CrossAccountGrants grants;
    @Autowired
    JdbcClient jdbc;

    private PortalClient signedIn(PortalUser user) {
        return PortalClient.signedIn(mvc, user);
    }

    private static String base(OpenTradeAccount.Opened account) {
        return "/accounts/" + account.account().id();
    }

    private boolean may(PortalUser user, AccountFunction function, AccessLevel level, SubAccount sub) {
        return access.may(user.id(), function, level, DataRef.of(sub.id()));
    }

    private UUID onlyGrant(OpenTradeAccount.Opened grantor) {
        return grants.given(grantor.account().id()).getFirst().id();
    }

    @Test
    void importerOffersBrokerAcceptsAndTheBrokerReachesExactlyTheOfferedData() {
        PortalUser importerOwner = users.create("offerimp", Role.TRADE);
        PortalUser brokerOwner = users.create("offerbrk", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importerWithTwoDivisions(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        SubAccount east = importer.subAccounts().get(0);
        SubAccount west = importer.subAccounts().get(1);
        PortalClient importerClient = signedIn(importerOwner);
        importerClient.get(base(importer) + "/grants/offer");

        PortalClient.Page offered = importerClient.post(base(importer) + "/grants/offer", Map.of(
                "otherAccount", broker.account().number(), "scopes", east.id() + ":ENTRIES", "level", "VIEW",
                "startsOn", accounts.today().toString(), "endsOn", accounts.today().plusDays(90).toString()));
        assertThat(offered.path()).isEqualTo(base(importer) + "/grants");
        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).as("not before acceptance").isFalse();

        PortalClient brokerClient = signedIn(brokerOwner);
        assertThat(brokerClient.get(base(broker) + "/grants").body()).contains("Waiting for your answer");
        UUID grant = onlyGrant(importer);
        brokerClient.get(base(broker) + "/grants/" + grant);
        brokerClient.post(base(broker) + "/grants/" + grant + "/approve", Map.of());

        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).isTrue();
        assertThat(may(brokerOwner, ENTRIES, EDIT, east)).isFalse();
        assertThat(may(brokerOwner, ENTRIES, VIEW, west)).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where object_id = ? and action in ('GRANT_OFFERED', 'GRANT_APPROVED')")
                .param(grant.toString()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void brokerAsksImporterApprovesLessThanAsked() {
        PortalUser importerOwner = users.create("askimp", Role.TRADE);
        PortalUser brokerOwner = users.create("askbrk", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importerWithTwoDivisions(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        SubAccount east = importer.subAccounts().get(0);
        SubAccount west = importer.subAccounts().get(1);
        PortalClient brokerClient = signedIn(brokerOwner);
        brokerClient.get(base(broker) + "/grants/request");
        brokerClient.post(base(broker) + "/grants/request", Map.of("otherAccount", importer.account().number(),
                "functions", "ENTRIES", "level", "EDIT", "startsOn", accounts.today().toString(),
                "endsOn", accounts.today().plusDays(30).toString()));
        UUID grant = onlyGrant(importer);

        PortalClient importerClient = signedIn(importerOwner);
        importerClient.get(base(importer) + "/grants/" + grant);
        importerClient.post(base(importer) + "/grants/" + grant + "/approve", Map.of("scopes", west.id() + ":ENTRIES"));

        assertThat(may(brokerOwner, ENTRIES, EDIT, west)).isTrue();
        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).as("narrowed away").isFalse();
    }

    @Test
    void theOneWhoOfferedCannotAlsoAcceptEvenWhenOwningBothAccounts() {
        PortalUser bothOwner = users.create("bothowner", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(bothOwner);
        OpenTradeAccount.Opened broker = accounts.broker(bothOwner);
        PortalClient client = signedIn(bothOwner);
        client.get(base(importer) + "/grants/offer");
        client.post(base(importer) + "/grants/offer", Map.of("otherAccount", broker.account().number(),
                "scopes", importer.subAccounts().getFirst().id() + ":ENTRIES", "level", "VIEW",
                "startsOn", accounts.today().toString(), "endsOn", accounts.today().plusDays(5).toString()));
        UUID grant = onlyGrant(importer);

        client.get(base(broker) + "/grants/" + grant);
        PortalClient.Page refused = client.post(base(broker) + "/grants/" + grant + "/approve", Map.of());

        assertThat(refused.body()).contains("cannot also approve");
        assertThat(grants.find(grant).orElseThrow().status()).isEqualTo(CrossAccountGrant.Status.OFFERED);
    }

    @Test
    void proxyOwnersMayLookButNotGrantAndStrangersSeeNothing() {
        PortalUser importerOwner = users.create("pxowner", Role.TRADE);
        PortalUser proxy = users.create("pxproxy", Role.TRADE);
        PortalUser stranger = users.create("pxstranger", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        OpenTradeAccount.Opened strangersAccount = accounts.importer(stranger);
        accounts.member(importer, proxy, AccountRole.PROXY_OWNER);
        PortalClient proxyClient = signedIn(proxy);

        assertThat(proxyClient.get(base(importer) + "/grants").status()).isEqualTo(200);
        assertThat(proxyClient.get(base(importer) + "/grants/offer").status()).isEqualTo(404);
        assertThat(signedIn(stranger).get(base(importer) + "/grants").status()).isEqualTo(404);
        assertThat(strangersAccount).isNotNull();
    }

    @Test
    void revokingStopsAccessAtTheNextRequest() {
        PortalUser importerOwner = users.create("revimp", Role.TRADE);
        PortalUser brokerOwner = users.create("revbrk", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        SubAccount sub = importer.subAccounts().getFirst();
        CrossAccountGrant grant = accounts.grant(importer, broker,
                new org.openace.account.grant.GrantScope(sub.id(), PAYMENTS, VIEW));
        assertThat(may(brokerOwner, PAYMENTS, VIEW, sub)).isTrue();

        PortalClient brokerClient = signedIn(brokerOwner);
        brokerClient.get(base(broker) + "/grants/" + grant.id());
        brokerClient.post(base(broker) + "/grants/" + grant.id() + "/revoke", Map.of());

        assertThat(may(brokerOwner, PAYMENTS, VIEW, sub)).isFalse();
    }

    @Test
    void theBrokersOwnerPassesOnAtMostWhatWasGranted() {
        PortalUser importerOwner = users.create("passimp", Role.TRADE);
        PortalUser brokerOwner = users.create("passbrk", Role.TRADE);
        PortalUser clerk = users.create("passclerk", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        accounts.member(broker, clerk, AccountRole.USER);
        SubAccount sub = importer.subAccounts().getFirst();
        CrossAccountGrant grant = accounts.grant(importer, broker,
                new org.openace.account.grant.GrantScope(sub.id(), ENTRIES, VIEW));
        String field = "level_" + clerk.id() + "_" + sub.id() + "_ENTRIES";
        PortalClient brokerClient = signedIn(brokerOwner);
        brokerClient.get(base(broker) + "/grants/" + grant.id() + "/users");

        PortalClient.Page beyond = brokerClient.post(base(broker) + "/grants/" + grant.id() + "/users", Map.of(field, "EDIT"));
        assertThat(beyond.body()).contains("Nothing was changed");
        assertThat(may(clerk, ENTRIES, VIEW, sub)).isFalse();

        brokerClient.post(base(broker) + "/grants/" + grant.id() + "/users", Map.of(field, "VIEW"));
        assertThat(may(clerk, ENTRIES, VIEW, sub)).isTrue();
    }

    @Test
    void aClientGroupGivesItsUsersTheGroupsClients() {
        PortalUser importerOwner = users.create("grpimp", Role.TRADE);
        PortalUser brokerOwner = users.create("grpbrk", Role.TRADE);
        PortalUser clerk = users.create("grpclerk", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        accounts.member(broker, clerk, AccountRole.USER);
        SubAccount sub = importer.subAccounts().getFirst();
        accounts.grant(importer, broker, new org.openace.account.grant.GrantScope(sub.id(), ENTRIES, EDIT));
        PortalClient brokerClient = signedIn(brokerOwner);
        brokerClient.get(base(broker) + "/groups");
        PortalClient.Page group = brokerClient.post(base(broker) + "/groups", Map.of("name", "Team " + UUID.randomUUID()));
        String groupPath = group.path();

        brokerClient.post(groupPath + "/clients", Map.of("client", importer.account().id().toString()));
        brokerClient.post(groupPath + "/users", Map.of("member", clerk.id().toString(), "function", "ENTRIES", "level", "VIEW"));

        assertThat(may(clerk, ENTRIES, VIEW, sub)).isTrue();
        assertThat(may(clerk, ENTRIES, EDIT, sub)).isFalse();
        assertThat(brokerClient.get(groupPath).body()).contains(importer.account().legalName());
    }

    @Test
    void grantsOfOtherAccountsAreNotFound() {
        PortalUser importerOwner = users.create("nfimp", Role.TRADE);
        PortalUser brokerOwner = users.create("nfbrk", Role.TRADE);
        PortalUser thirdOwner = users.create("nfthird", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        OpenTradeAccount.Opened third = accounts.importer(thirdOwner);
        CrossAccountGrant grant = accounts.grant(importer, broker,
                new org.openace.account.grant.GrantScope(importer.subAccounts().getFirst().id(), ENTRIES, VIEW));
        PortalClient thirdClient = signedIn(thirdOwner);

        assertThat(thirdClient.get(base(third) + "/grants/" + grant.id()).status()).isEqualTo(404);
        assertThat(thirdClient.get(base(third) + "/grants/not-a-uuid").status()).isIn(400, 404);
        thirdClient.get(base(third) + "/grants");
        assertThat(thirdClient.post(base(third) + "/grants/" + grant.id() + "/revoke", Map.of()).status()).isEqualTo(404);
        assertThat(grants.find(grant.id()).orElseThrow().status()).isEqualTo(CrossAccountGrant.Status.ACTIVE);
        assertThat(List.of(third)).isNotEmpty();
    }
}
