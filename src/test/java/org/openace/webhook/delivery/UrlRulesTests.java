package org.openace.webhook.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which webhook addresses are refused, with a resolver the test controls (no DNS): plain http, hosts that resolve
 * to loopback, private, link-local and unique-local addresses (any one of several), IPv4-mapped IPv6, user names in
 * the address; a public https address is accepted. With private addresses allowed (tests, demo), a local receiver
 * over http is accepted, but not plain http to a public address.
 */
class UrlRulesTests {

    static final Map<String, String[]> DNS = Map.of(
            "hooks.example.com", new String[] {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"},
            "localhost", new String[] {"127.0.0.1", "::1"},
            "sneaky.example.com", new String[] {"93.184.216.34", "10.1.2.3"},
            "metadata.example.com", new String[] {"169.254.169.254"});

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] names = DNS.get(host);
        if (names == null) {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[names.length];
        for (int i = 0; i < names.length; i++) {
            addresses[i] = InetAddress.getByName(names[i]);
        }
        return addresses;
    }

    final UrlRules production = new UrlRules(false, UrlRulesTests::resolve);
    final UrlRules local = new UrlRules(true, UrlRulesTests::resolve);

    @Test
    void aPublicHttpsAddressIsAccepted() {
        assertThat(production.check(" https://hooks.example.com/openace?x=1 ").toString())
                .isEqualTo("https://hooks.example.com/openace?x=1");
        assertThat(production.check("https://93.184.216.34:8443/in").getPort()).isEqualTo(8443);
    }

    @Test
    void plainHttpIsRefused() {
        refused(production, "http://hooks.example.com/openace", "must start with https://");
        refused(production, "ftp://hooks.example.com/openace", "must start with https://");
    }

    @Test
    void loopbackPrivateLinkLocalAndUniqueLocalAddressesAreRefused() {
        refused(production, "https://127.0.0.1/hook", "127.0.0.1, a loopback address");
        refused(production, "https://localhost:8443/hook", "loopback");
        refused(production, "https://10.0.0.5/hook", "10.0.0.5, a private address");
        refused(production, "https://172.16.9.1/hook", "private");
        refused(production, "https://192.168.1.1/hook", "private");
        refused(production, "https://169.254.169.254/latest/meta-data", "link-local");
        refused(production, "https://metadata.example.com/", "169.254.169.254, a link-local address");
        refused(production, "https://[::1]/hook", "loopback");
        refused(production, "https://[fc00::1]/hook", "unique-local");
        refused(production, "https://[fd12:3456::1]/hook", "unique-local");
        refused(production, "https://[fe80::1]/hook", "link-local");
        refused(production, "https://[::ffff:10.0.0.1]/hook", "private");
        refused(production, "https://100.64.0.1/hook", "carrier-grade");
        refused(production, "https://0.0.0.0/hook", "unspecified");
    }

    @Test
    void aHostIsRefusedIfAnyOfItsAddressesIsNotPublic() {
        refused(production, "https://sneaky.example.com/hook", "10.1.2.3, a private address");
    }

    @Test
    void badlyFormedAddressesAreRefusedWithAReason() {
        refused(production, null, "Enter the address");
        refused(production, "   ", "Enter the address");
        refused(production, "hooks.example.com/openace", "full address");
        refused(production, "https://", "not a web address");
        refused(production, "https://user:pass@hooks.example.com/", "user name and password");
        refused(production, "https://hooks.example.com/#top", "after #");
        refused(production, "https://nowhere.invalid/", "cannot be found");
        refused(production, "https://hooks.example.com/" + "a".repeat(2000), "longer than");
        refused(production, "https://hooks example.com/", "not a web address");
    }

    @Test
    void withPrivateAddressesAllowedALocalReceiverIsAcceptedEvenOverHttp() {
        assertThat(local.check("http://localhost:8089/hook").getPort()).isEqualTo(8089);
        assertThat(local.check("http://127.0.0.1:8089/hook").getHost()).isEqualTo("127.0.0.1");
        assertThat(local.check("https://10.0.0.5/hook").getHost()).isEqualTo("10.0.0.5");
        refused(local, "http://hooks.example.com/openace", "must start with https://");
        assertThat(local.check("https://hooks.example.com/openace").getHost()).isEqualTo("hooks.example.com");
    }

    private static void refused(UrlRules rules, String url, String reason) {
        assertThatThrownBy(() -> rules.check(url)).as(url).isInstanceOf(WebhookRefused.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((WebhookRefused) e).field()).isEqualTo("url"));
    }
}
