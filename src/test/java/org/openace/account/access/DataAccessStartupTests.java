package org.openace.account.access;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.DataAccess;
import org.openace.audit.AuditTrail;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * A {@link DataAccess} that can never be decided stops the portal at start-up instead of failing at the first
 * request: a kind of data id that no resolver bean answers, or an id that is not in the endpoint's address. Starts
 * Spring MVC with the rule checks and the account module's resolvers only (no database).
 */
class DataAccessStartupTests {

    private final WebApplicationContextRunner portal = new WebApplicationContextRunner()
            .withUserConfiguration(Mvc.class, AccountDataResolvers.class)
            .withBean(DataResolvers.class)
            .withBean(AccessControl.class, () -> mock(AccessControl.class))
            .withBean(AuditTrail.class, () -> mock(AuditTrail.class))
            .withBean(DataAccessCheck.class)
            .withBean(platformClass("EndpointRuleChecks"))
            .withBean(platformClass("EndpointRuleValidation"));

    @Test
    void anEndpointOnAKindThatNoResolverAnswersStopsTheStart() {
        portal.withBean(UnknownKindController.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("UnknownKindController")
                    .hasMessageContaining("\"parcel\", which no DataResolver bean resolves");
        });
    }

    @Test
    void anEndpointWhoseIdIsNotInItsAddressStopsTheStart() {
        portal.withBean(MissingIdController.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("{subAccountId}, which is not in its address [/sub-accounts/{id}]");
        });
    }

    @Test
    void anEndpointOnAKnownKindByAnIdInItsAddressStarts() {
        portal.withBean(WellDeclaredController.class).run(context -> assertThat(context).hasNotFailed());
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> platformClass(String name) {
        try {
            return (Class<Object>) Class.forName("org.openace.platform.web." + name);
        }
        catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {
    }

    @RestController
    static class UnknownKindController {

        @GetMapping("/parcels/{parcelId}")
        @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "parcel", id = "parcelId")
        String parcel(@PathVariable String parcelId) {
            return parcelId;
        }
    }

    @RestController
    static class MissingIdController {

        @GetMapping("/sub-accounts/{id}")
        @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "sub-account",
                id = "subAccountId")
        String subAccount(@PathVariable String id) {
            return id;
        }
    }

    @RestController
    static class WellDeclaredController {

        @GetMapping("/sub-accounts/{subAccountId}")
        @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "sub-account",
                id = "subAccountId")
        String subAccount(@PathVariable String subAccountId) {
            return subAccountId;
        }
    }
}
