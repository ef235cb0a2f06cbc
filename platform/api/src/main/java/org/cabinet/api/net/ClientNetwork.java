package org.cabinet.api.net;

import java.net.URI;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How Cabinet is reached from the practice's network, as the installer set it in
 * {@code etc/org.cabinet.web.network.cfg}: the address to put in links, and who the client of a request
 * really is when it comes through a reverse proxy.
 *
 * @since 1.0
 */
@ProviderType
public interface ClientNetwork {

    /** The request header through which proxies name the clients they forward for. */
    String FORWARDED_FOR = "X-Forwarded-For";

    /**
     * @return the address links sent to people should use, ending with a slash, such as
     *         {@code https://cabinet.example:8443/}: the configured public base URL, else one made from the
     *         address and port Cabinet serves on
     */
    URI publicBaseUrl();

    /**
     * The address of the client of a request, for per-address limits and the audit log. A request from a
     * trusted proxy is taken to be from the last address of {@code X-Forwarded-For} that is not itself a
     * trusted proxy; from any other peer the header is ignored, so that a client cannot choose its own address.
     *
     * @param peerAddress  the address of the connection's peer ({@code ServletRequest#getRemoteAddr()})
     * @param forwardedFor the {@code X-Forwarded-For} header, its several values joined by commas; null when absent
     * @return the client's address in canonical text form ({@code 192.0.2.7}, {@code 2001:db8:0:0:0:0:0:1}), or
     *         {@code peerAddress} as given when it is not an IP address
     */
    String clientAddress(String peerAddress, String forwardedFor);
}
