package org.cabinet.web.internal.network;

import java.net.InetAddress;
import java.util.Optional;

/**
 * A range of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}), or a single address.
 *
 * @param network the first address of the range
 * @param prefix  how many leading bits every address of the range shares with {@code network}
 */
public record AddressRange(InetAddress network, int prefix) {

    /** @return the range {@code text} names, or empty when it is not an address or a CIDR range */
    public static Optional<AddressRange> parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        Optional<InetAddress> address = IpAddresses.parse(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().getAddress().length * 8;
        if (slash < 0) {
            return Optional.of(new AddressRange(address.get(), bits));
        }
        String prefix = trimmed.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
            return Optional.empty();
        }
        return Optional.of(new AddressRange(address.get(), Integer.parseInt(prefix)));
    }

    /** @return whether {@code address} lies in this range (an IPv4 address never lies in an IPv6 range) */
    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        byte[] first = network.getAddress();
        if (candidate.length != first.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != first[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (candidate[whole] & mask) == (first[whole] & mask);
    }
}
