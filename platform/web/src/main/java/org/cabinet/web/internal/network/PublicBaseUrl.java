package org.cabinet.web.internal.network;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;

/** The address links sent to people use, when the installer set none: made from where Cabinet listens. */
final class PublicBaseUrl {

    private PublicBaseUrl() {
    }

    static URI of(NetworkSettings settings) {
        if (settings.publicBaseUrl().isPresent()) {
            return settings.publicBaseUrl().get();
        }
        if (!settings.open()) {
            return URI.create("http://" + IpAddresses.urlHost(settings.listen().get(0)) + ":" + settings.httpPort() + "/");
        }
        InetAddress first = settings.listen().stream().filter(address -> !address.isLoopbackAddress()).findFirst()
                .orElseThrow();
        // an address rather than this machine's name: every computer of the network reaches it, and no name server
        // is asked while Cabinet starts
        String host = IpAddresses.urlHost(first.isAnyLocalAddress()
                ? CertificateNames.interfaceAddresses().filter(Inet4Address.class::isInstance).findFirst()
                        .orElse(NetworkSettings.LOOPBACK)
                : first);
        return URI.create("https://" + host + (settings.httpsPort() == 443 ? "" : ":" + settings.httpsPort()) + "/");
    }
}
