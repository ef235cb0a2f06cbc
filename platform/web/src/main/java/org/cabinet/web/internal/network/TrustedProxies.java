package org.cabinet.web.internal.network;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose {@code X-Forwarded-For} Cabinet believes, and the client they name.
 * Each proxy appends the address it received the request from, so the header is read from its end: the last
 * address that is not a trusted proxy is the client. What comes before it was written by the client itself.
 */
public record TrustedProxies(List<AddressRange> ranges) {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    public TrustedProxies {
        ranges = List.copyOf(ranges);
    }

    public boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** See {@link org.cabinet.api.net.ClientNetwork#clientAddress(String, String)}. */
    public String clientAddress(String peerAddress, String forwardedFor) {
        Optional<InetAddress> peer = IpAddresses.parse(peerAddress);
        if (peer.isEmpty()) {
            return peerAddress;
        }
        InetAddress client = peer.get();
        if (forwardedFor == null || !trusts(client)) {
            return IpAddresses.text(client);
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0 && trusts(client); i--) {
            Optional<InetAddress> hop = hop(hops[i]);
            if (hop.isEmpty()) {
                // a hop no one can read: the nearest trusted proxy is the furthest Cabinet can vouch for
                break;
            }
            client = hop.get();
        }
        return IpAddresses.text(client);
    }

    /** A hop as proxies write it: an address, possibly with a port ({@code 192.0.2.7:5100}, {@code [2001:db8::1]:5100}). */
    private static Optional<InetAddress> hop(String text) {
        String hop = text.strip();
        if (hop.startsWith("[") && hop.contains("]:")) {
            hop = hop.substring(0, hop.indexOf("]:") + 1);
        } else if (hop.indexOf(':') > 0 && hop.indexOf(':') == hop.lastIndexOf(':')) {
            hop = hop.substring(0, hop.indexOf(':'));
        }
        return IpAddresses.parse(hop);
    }
}
