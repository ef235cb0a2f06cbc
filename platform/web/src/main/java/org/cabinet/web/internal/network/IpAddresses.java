package org.cabinet.web.internal.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads IP addresses written as text, never asking a name server: anything else is not an address. */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddresses() {
    }

    /**
     * @param text {@code 192.0.2.7}, {@code 2001:db8::1} or {@code [2001:db8::1]}; a zone ({@code %eth0}) is dropped
     * @return the address, or empty when {@code text} is not an IP address
     */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        int zone = candidate.indexOf('%');
        if (zone > 0 && candidate.contains(":")) {
            candidate = candidate.substring(0, zone);
        }
        boolean literal = IPV4.matcher(candidate).matches()
                || candidate.contains(":") && IPV6.matcher(candidate).matches();
        if (!literal) {
            return Optional.empty();
        }
        try {
            // a literal is parsed, never looked up
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    /** @return the canonical text of {@code address}, without brackets */
    public static String text(InetAddress address) {
        return address.getHostAddress();
    }

    /** @return {@code address} as a URL's host: IPv6 in brackets */
    public static String urlHost(InetAddress address) {
        String text = text(address);
        return text.contains(":") ? "[" + text + "]" : text;
    }
}
