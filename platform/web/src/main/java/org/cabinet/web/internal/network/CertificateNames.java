package org.cabinet.web.internal.network;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The host names and addresses the certificate Cabinet makes must name, so that browsers reach it by any of them. */
public final class CertificateNames {

    private CertificateNames() {
    }

    /**
     * @return what the installer named (public base URL, {@code certificate.names}, listening addresses):
     *         a certificate lacking one of these is made again
     */
    public static Set<String> required(NetworkSettings settings) {
        Set<String> names = new LinkedHashSet<>();
        settings.publicBaseUrl().map(url -> url.getHost().replaceAll("^\\[|\\]$", "").toLowerCase())
                .map(host -> IpAddresses.parse(host).map(IpAddresses::text).orElse(host))
                .ifPresent(names::add);
        settings.certificateNames().forEach(name -> names.add(IpAddresses.parse(name).map(IpAddresses::text).orElse(name)));
        settings.listen().stream().filter(address -> !address.isAnyLocalAddress()).map(IpAddresses::text)
                .forEach(names::add);
        return names;
    }

    /**
     * @return the required names, then this machine's name and, when listening on every interface, the address
     *         of each, then the loopback names; the first names the certificate's subject
     */
    public static List<String> forNewCertificate(NetworkSettings settings) {
        Set<String> names = new LinkedHashSet<>(required(settings));
        hostName().ifPresent(names::add);
        if (settings.listen().stream().anyMatch(InetAddress::isAnyLocalAddress)) {
            interfaceAddresses().map(IpAddresses::text).forEach(names::add);
        }
        names.add("localhost");
        names.add("127.0.0.1");
        names.add(IpAddresses.text(IpAddresses.parse("::1").orElseThrow()));
        return List.copyOf(names);
    }

    private static Optional<String> hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName().toLowerCase();
            return IpAddresses.parse(name).isPresent() ? Optional.empty() : Optional.of(name);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static Stream<InetAddress> interfaceAddresses() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(CertificateNames::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress());
        } catch (SocketException e) {
            return Stream.empty();
        }
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
