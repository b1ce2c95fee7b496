package org.storytrace.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address policy on address literals and on host names whose resolution a test decides. */
class AddressPolicyTest {
    private static final AddressPolicy STRICT = new AddressPolicy(false, AddressPolicy::systemResolve);

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.255.0.9, loopback", "::1, loopback",
            "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
            "fc00::1, private (unique local)", "fd12:3456::1, private (unique local)",
            "169.254.169.254, link-local", "fe80::1, link-local",
            "224.0.0.1, multicast", "ff02::1, multicast",
            "0.0.0.0, unspecified", "::, unspecified",
            "100.64.0.1, carrier-grade NAT", "100.127.255.254, carrier-grade NAT",
            "255.255.255.255, reserved",
            "::ffff:7f00:1, loopback", "::ffff:a9fe:a9fe, link-local",
            "64:ff9b::a00:1, 'private, as IPv4 in IPv6'"})
    void nonPublicAddressesAreNamedByKind(String literal, String kind) throws UnknownHostException {
        assertThat(AddressPolicy.forbiddenKind(InetAddress.getByName(literal))).hasValueSatisfying(k -> assertThat(k).startsWith(kind));
    }

    @Test
    void ipv4MappedIpv6IsJudgedAsTheIpv4AddressItCarries() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[15] = 1;
        // InetAddress.getByAddress would turn these 16 bytes into an Inet4Address; a socket layer may not.
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(AddressPolicy.forbiddenKind(address)).hasValue("private, as IPv4 in IPv6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "2a00:1450::1"})
    void publicAddressesAreAllowed(String literal) throws UnknownHostException {
        assertThat(AddressPolicy.forbiddenKind(InetAddress.getByName(literal))).isEmpty();
    }

    @Test
    void publicLookingNameThatResolvesToAPrivateAddressIsRefused() {
        AddressPolicy policy = new AddressPolicy(false, host -> new InetAddress[] {
                InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34}),
                InetAddress.getByAddress(host, new byte[] {10, 0, 0, 5})});

        assertThat(policy.refusal(URI.create("https://news.example.com/feed.xml")))
                .hasValue("host news.example.com resolves to 10.0.0.5 (private); use --allow-private to fetch from private networks");
    }

    @ParameterizedTest
    @CsvSource({
            "file:///etc/passwd, scheme 'file' is not fetched (only http and https)",
            "ftp://example.com/feed, scheme 'ftp' is not fetched (only http and https)",
            "https://user:secret@example.com/feed, URL carries credentials"})
    void onlyHttpWithoutCredentialsIsFetchedEvenWhenPrivateTargetsAreAllowed(String url, String reason) {
        assertThat(new AddressPolicy(true, AddressPolicy::systemResolve).refusal(URI.create(url))).hasValue(reason);
    }

    @Test
    void loopbackLiteralsAreRefusedUnlessAllowed() {
        assertThat(STRICT.refusal(URI.create("http://[::1]:8080/"))).isPresent();
        assertThat(new AddressPolicy(true, AddressPolicy::systemResolve).refusal(URI.create("http://[::1]:8080/"))).isEmpty();
    }
}
