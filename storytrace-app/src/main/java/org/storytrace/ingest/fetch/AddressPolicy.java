package org.storytrace.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a URL may be fetched: http or https only, no credentials in the URL, and (unless private targets
 * are allowed) a host none of whose resolved addresses is loopback, private, link-local, multicast, unspecified,
 * carrier-grade NAT or reserved. Any one bad address refuses the host, because the connection may use any of them.
 */
final class AddressPolicy {
    /** Turns a host name (or an address literal) into the addresses a connection could use. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    AddressPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why {@code url} must not be fetched, or empty when it may be. */
    Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("scheme '" + scheme + "' is not fetched (only http and https)");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("URL carries credentials");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("URL has no host");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = forbiddenKind(address);
            if (kind.isPresent()) {
                return Optional.of("host " + host + " resolves to " + address.getHostAddress() + " (" + kind.get()
                        + "); use --allow-private to fetch from private networks");
            }
        }
        return Optional.empty();
    }

    /** The kind of non-public address {@code address} is, or empty for a public unicast address. */
    static Optional<String> forbiddenKind(InetAddress address) {
        if (address instanceof Inet6Address) {
            return ipv6Kind(address.getAddress());
        }
        return ipv4Kind(address.getAddress());
    }

    private static Optional<String> ipv4Kind(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0) {
            return Optional.of("unspecified");
        }
        if (a0 == 127) {
            return Optional.of("loopback");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("private");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("carrier-grade NAT");
        }
        if ((a0 & 0xf0) == 224) {
            return Optional.of("multicast");
        }
        // 240/4 is reserved and holds the broadcast address: nothing public is served from there.
        if ((a0 & 0xf0) == 240) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Kind(byte[] b) {
        if (allZero(b, 0, 16)) {
            return Optional.of("unspecified");
        }
        if (allZero(b, 0, 15) && b[15] == 1) {
            return Optional.of("loopback");
        }
        // IPv4 addresses written as IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d)
        // reach the IPv4 host they embed, so they are judged as that host.
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = allZero(b, 0, 12);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return ipv4Kind(Arrays.copyOfRange(b, 12, 16)).map(kind -> kind + ", as IPv4 in IPv6");
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc) {
            return Optional.of("private (unique local)");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return Optional.of("link-local");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return Optional.of("private (site-local)");
        }
        if (b0 == 0xff) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The resolver connections use: the JVM's, whose positive cache the HTTP client then reads from as well. */
    static InetAddress[] systemResolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
