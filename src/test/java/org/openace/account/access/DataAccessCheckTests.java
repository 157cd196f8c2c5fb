package org.openace.account.access;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.DataAccess;
import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@link DataAccess} declaration that can never be decided stops the portal at start-up: a role that does not
 * exist among those that see all data, API tokens accepted outside {@code /api/} (where no token is ever
 * authenticated).
 */
class DataAccessCheckTests {

    private final DataAccessCheck check = new DataAccessCheck(new DataResolvers(List.of(new DataResolver() {
        @Override
        public String kind() {
            return "thing";
        }

        @Override
        public Optional<DataTarget> resolve(String id) {
            return Optional.empty();
        }
    })), null, null);

    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "thing", id = "thingId",
            allForRoles = "OFFICER", apiTokens = true)
    void sound() {
    }

    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "thing", id = "thingId",
            allForRoles = "INSPECTOR")
    void unknownRole() {
    }

    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "thing", id = "thingId",
            apiTokens = true)
    void tokens() {
    }

    private void validate(String method, String pattern) throws NoSuchMethodException {
        Method m = DataAccessCheckTests.class.getDeclaredMethod(method);
        check.validate(m.getAnnotation(DataAccess.class), new HandlerMethod(this, m), Set.of(pattern));
    }

    @Test
    void aSoundDeclarationOnAnApiAddressIsAccepted() {
        assertThatCode(() -> validate("sound", "/api/v1/things/{thingId}")).doesNotThrowAnyException();
    }

    @Test
    void aRoleThatDoesNotExistStopsTheStart() {
        assertThatThrownBy(() -> validate("unknownRole", "/things/{thingId}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("INSPECTOR");
    }

    @Test
    void tokensAcceptedOnAPageAddressStopTheStart() {
        assertThatThrownBy(() -> validate("tokens", "/things/{thingId}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/api/");
    }
}
