package org.cabinet.web.internal.network;

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
        String host = first.isAnyLocalAddress() ? CertificateNames.hostName().orElse("localhost") : IpAddresses.urlHost(first);
        return URI.create("https://" + host + (settings.httpsPort() == 443 ? "" : ":" + settings.httpsPort()) + "/");
    }
}
