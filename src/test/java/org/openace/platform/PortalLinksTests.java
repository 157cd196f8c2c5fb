package org.openace.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalLinksTests {

    @Test
    void linkIsTheBaseUrlFollowedByThePath() {
        assertThat(new PortalLinks("https://ace.example.gov/").link("/accounts"))
                .isEqualTo("https://ace.example.gov/accounts");
    }

    @Test
    void refusesAPathThatIsNotAbsolute() {
        assertThatThrownBy(() -> new PortalLinks("http://localhost:8080").link("accounts"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void warnsWhenTheBaseUrlOnThisMachineNamesAnotherPortThanTheOneListenedOn() {
        assertThat(new PortalLinks("http://localhost:8080").check(18182)).hasValueSatisfying(warning ->
                assertThat(warning).contains("8080").contains("18182").contains("OPENACE_WEB_BASE_URL"));
        assertThat(new PortalLinks("http://127.0.0.1").check(8080)).isPresent();
    }

    @Test
    void saysNothingWhenThePortsAgree() {
        assertThat(new PortalLinks("http://localhost:18182").check(18182)).isEmpty();
        assertThat(new PortalLinks("http://localhost").check(80)).isEmpty();
    }

    @Test
    void saysNothingForAPublicAddressInFrontOfThePortal() {
        assertThat(new PortalLinks("https://ace.example.gov").check(8080)).isEmpty();
    }
}
