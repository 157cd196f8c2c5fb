package org.openace.webhook.delivery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which addresses deliveries may go to (issue 11: "webhook URLs that are not HTTPS or point at loopback or private
 * addresses in production: a clear refusal"): an absolute {@code https} address with a host, no user name or password,
 * whose host resolves, and every one of whose resolved addresses is a public one: not the unspecified address,
 * loopback, link-local (169.254/16, fe80::/10, the cloud metadata addresses among them), private (10/8, 172.16/12,
 * 192.168/16), shared (100.64/10), unique-local (fc00::/7), site-local, multicast or otherwise reserved. Checked on
 * registration and again before every attempt (a name may resolve elsewhere since). With
 * {@code openace.webhooks.allow-private-addresses} (tests and the demo), such addresses are accepted, and so is plain
 * {@code http} to them (a local receiver), but never plain {@code http} to a public address.
 */
final class UrlRules {

    static final int MAX_LENGTH = 2000;

    /** Resolves a host name to all its addresses (the system's resolver, or a fixed one in tests). */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    UrlRules(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    static UrlRules system(boolean allowPrivate) {
        return new UrlRules(allowPrivate, InetAddress::getAllByName);
    }

    boolean allowsPrivate() {
        return allowPrivate;
    }

    /** The address as deliveries use it, or a refusal (field {@code url}) saying what is wrong with it. */
    URI check(@Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw refused("Enter the address of your endpoint, such as https://hooks.example.com/openace.");
        }
        if (text.length() > MAX_LENGTH) {
            throw refused("The address is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(text);
        }
        catch (URISyntaxException e) {
            throw refused("This is not a web address. Enter one such as https://hooks.example.com/openace.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused("Enter a full address with its host, such as https://hooks.example.com/openace.");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused("The address must start with https://: deliveries are sent over HTTPS only.");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("Leave the user name and password out of the address: deliveries are signed instead.");
        }
        if (uri.getRawFragment() != null) {
            throw refused("Leave the part after # out of the address: it is never sent.");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        }
        catch (UnknownHostException | SecurityException e) {
            throw refused("The host " + host + " cannot be found. Check the address.");
        }
        if (addresses.length == 0) {
            throw refused("The host " + host + " cannot be found. Check the address.");
        }
        boolean allPublic = true;
        for (InetAddress address : addresses) {
            String kind = nonPublicKind(address);
            if (kind != null) {
                allPublic = false;
                if (!allowPrivate) {
                    throw refused("The address " + host + " points at " + address.getHostAddress() + ", a " + kind
                            + " address. Deliveries go only to addresses on the public internet.");
                }
            }
        }
        if (!scheme.equals("https") && (allPublic || !allowPrivate)) {
            throw refused("The address must start with https://: deliveries are sent over HTTPS only.");
        }
        return uri;
    }

    /** What kind of non-public address this is, or null for a public one. */
    static @Nullable String nonPublicKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240) {
                return "reserved";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "shared (carrier-grade NAT)";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "reserved";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "reserved";
            }
            return null;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            boolean mappedOrCompatible = true;
            for (int i = 0; i < 10; i++) {
                mappedOrCompatible &= b[i] == 0;
            }
            if (mappedOrCompatible && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
                try {
                    InetAddress v4 = InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                    String kind = nonPublicKind(v4);
                    return kind == null ? null : kind;
                }
                catch (UnknownHostException e) {
                    return "reserved";
                }
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
                return "documentation";
            }
        }
        return null;
    }

    private static WebhookRefused refused(String message) {
        return new WebhookRefused("url", message);
    }
}
