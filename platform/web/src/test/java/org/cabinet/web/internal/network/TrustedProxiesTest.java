package org.cabinet.web.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static TrustedProxies trusting(String... ranges) {
        return new TrustedProxies(Arrays.stream(ranges).map(range -> AddressRange.parse(range).orElseThrow()).toList());
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItsHeaderSays() {
        TrustedProxies proxies = trusting("10.0.0.0/8");

        assertThat(proxies.clientAddress("192.0.2.7", "203.0.113.9")).isEqualTo("192.0.2.7");
        assertThat(TrustedProxies.NONE.clientAddress("192.0.2.7", "10.1.2.3")).isEqualTo("192.0.2.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastHopItAppended() {
        TrustedProxies proxies = trusting("10.0.0.0/8");

        assertThat(proxies.clientAddress("10.0.0.2", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.0.0.2", null)).isEqualTo("10.0.0.2");
    }

    @Test
    void whatTheClientWroteBeforeTheProxiesIsIgnored() {
        TrustedProxies proxies = trusting("10.0.0.0/8", "192.168.1.1");

        // the client claims to be 198.51.100.1; the outer proxy saw 203.0.113.9, the inner one saw the outer proxy
        assertThat(proxies.clientAddress("10.0.0.2", "198.51.100.1, 203.0.113.9, 192.168.1.1"))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void everyHopATrustedProxyLeavesTheFirstOne() {
        assertThat(trusting("10.0.0.0/8").clientAddress("10.0.0.2", "10.0.0.5,10.0.0.4")).isEqualTo("10.0.0.5");
    }

    @Test
    void ipv6PeersRangesAndHops() {
        TrustedProxies proxies = trusting("2001:db8:aaaa::/48", "::1");

        assertThat(proxies.clientAddress("2001:db8:aaaa:1::5", "2001:db8:ffff::9")).isEqualTo("2001:db8:ffff:0:0:0:0:9");
        assertThat(proxies.clientAddress("::1", "[2001:db8:ffff::9]:51000")).isEqualTo("2001:db8:ffff:0:0:0:0:9");
        assertThat(proxies.clientAddress("[::1]", "192.0.2.7:51000")).isEqualTo("192.0.2.7");
        assertThat(proxies.clientAddress("2001:db8:bbbb::5", "192.0.2.7")).isEqualTo("2001:db8:bbbb:0:0:0:0:5");
        assertThat(proxies.clientAddress("::ffff:10.0.0.2", null)).isEqualTo("10.0.0.2");
    }

    @Test
    void aHopNoOneCanReadStopsAtTheNearestTrustedProxy() {
        TrustedProxies proxies = trusting("10.0.0.0/8");

        assertThat(proxies.clientAddress("10.0.0.2", "203.0.113.9, not-an-address")).isEqualTo("10.0.0.2");
        assertThat(proxies.clientAddress("10.0.0.2", "unknown, 10.0.0.3")).isEqualTo("10.0.0.3");
        assertThat(proxies.clientAddress("10.0.0.2", "")).isEqualTo("10.0.0.2");
        assertThat(proxies.clientAddress("10.0.0.2", " , ")).isEqualTo("10.0.0.2");
        assertThat(proxies.clientAddress("10.0.0.2", "999.1.1.1")).isEqualTo("10.0.0.2");
    }

    @Test
    void aPeerThatIsNoAddressIsGivenBackAsItCame() {
        assertThat(trusting("10.0.0.0/8").clientAddress("some-socket", "203.0.113.9")).isEqualTo("some-socket");
    }

    @Test
    void rangesParsedFromCidrNotation() {
        assertThat(AddressRange.parse("192.168.1.0/24")).get()
                .satisfies(range -> assertThat(range.contains(IpAddresses.parse("192.168.1.200").orElseThrow())).isTrue())
                .satisfies(range -> assertThat(range.contains(IpAddresses.parse("192.168.2.1").orElseThrow())).isFalse())
                .satisfies(range -> assertThat(range.contains(IpAddresses.parse("::1").orElseThrow())).isFalse());
        assertThat(AddressRange.parse("172.16.0.0/12").orElseThrow().contains(IpAddresses.parse("172.31.255.255").orElseThrow()))
                .isTrue();
        assertThat(AddressRange.parse("172.16.0.0/12").orElseThrow().contains(IpAddresses.parse("172.32.0.0").orElseThrow()))
                .isFalse();
        assertThat(AddressRange.parse("0.0.0.0/0").orElseThrow().contains(IpAddresses.parse("8.8.8.8").orElseThrow())).isTrue();
        assertThat(List.of("10.0.0.0/33", "10.0.0.0/", "10.0.0.0/-1", "2001:db8::/129", "cabinet.example", "10.0.0/8", ""))
                .allSatisfy(text -> assertThat(AddressRange.parse(text)).as(text).isEmpty());
    }

    @Test
    void addressesAreReadWithoutEverAskingANameServer() {
        assertThat(List.of("localhost", "cabinet.example", "1.2.3", "01.2.3.4x", "256.1.1.1", "1:2:3:4:5:6:7:8:9", "::g"))
                .allSatisfy(text -> assertThat(IpAddresses.parse(text)).as(text).isEmpty());
        assertThat(IpAddresses.parse(" [fe80::1%eth0] ").map(IpAddresses::text)).contains("fe80:0:0:0:0:0:0:1");
    }
}
