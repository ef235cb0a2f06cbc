package org.cabinet.web.internal.network;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code etc/org.cabinet.web.network.cfg} says, checked. A value that cannot be right is refused in one log
 * line and replaced by its safe default; whatever is wrong about opening the network keeps Cabinet on 127.0.0.1.
 *
 * @param listen            the addresses to listen on
 * @param httpPort          plain HTTP: Cabinet's port on loopback, the redirecting port once open
 * @param httpsPort         HTTPS, once open
 * @param publicBaseUrl     the configured public base URL, if any
 * @param proxies           the trusted reverse proxies
 * @param certificateNames  host names and addresses the certificate made here must name, besides the listening ones
 * @param certificate       where the HTTPS key and certificate come from
 */
public record NetworkSettings(List<InetAddress> listen, int httpPort, int httpsPort, Optional<URI> publicBaseUrl,
        TrustedProxies proxies, List<String> certificateNames, CertificateSource certificate) {

    static final String FILE = "etc/" + NetworkConfig.PID + ".cfg";
    static final InetAddress LOOPBACK = IpAddresses.parse("127.0.0.1").orElseThrow();
    private static final Logger LOG = LoggerFactory.getLogger(NetworkSettings.class);
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    public NetworkSettings {
        listen = List.copyOf(listen);
        certificateNames = List.copyOf(certificateNames);
    }

    /** @param base Cabinet's folder, against which relative paths are read */
    public static NetworkSettings parse(NetworkConfig config, Path base) {
        int httpPort = port("http.port", config.http_port(), 8181);
        int httpsPort = port("https.port", config.https_port(), 8443);
        List<InetAddress> listen = listen(config.listen());
        boolean open = listen.stream().anyMatch(address -> !address.isLoopbackAddress());
        if (open && httpPort == httpsPort) {
            LOG.error("{}: http.port and https.port are both {}; Cabinet answers on 127.0.0.1 only", FILE, httpPort);
            listen = List.of(LOOPBACK);
        }
        Optional<CertificateSource> certificate = certificateSource(config, base);
        if (certificate.isEmpty()) {
            listen = List.of(LOOPBACK);
        }
        return new NetworkSettings(listen, httpPort, httpsPort, publicBaseUrl(config.public_base_url()),
                proxies(config.trusted_proxies()), certificateNames(config.certificate_names()),
                certificate.orElse(new CertificateSource.Generated()));
    }

    /** @return whether Cabinet is open to the network (and then serves HTTPS only) */
    public boolean open() {
        return listen.stream().anyMatch(address -> !address.isLoopbackAddress());
    }

    /** @return the same settings on 127.0.0.1 only, for when opening the network failed */
    public NetworkSettings closed() {
        return new NetworkSettings(List.of(LOOPBACK), httpPort, httpsPort, publicBaseUrl, proxies, certificateNames,
                certificate);
    }

    private static List<InetAddress> listen(String text) {
        List<InetAddress> addresses = new ArrayList<>();
        for (String entry : entries(text)) {
            Optional<InetAddress> address = IpAddresses.parse(entry);
            if (address.isEmpty()) {
                LOG.error("{}: listen '{}' is not an IP address; Cabinet answers on 127.0.0.1 only", FILE, entry);
                return List.of(LOOPBACK);
            }
            addresses.add(address.get());
        }
        return addresses.isEmpty() ? List.of(LOOPBACK) : addresses;
    }

    private static int port(String key, int port, int fallback) {
        if (port < 1 || port > 65535) {
            LOG.error("{}: {} {} is not a port; using {}", FILE, key, port, fallback);
            return fallback;
        }
        return port;
    }

    private static Optional<URI> publicBaseUrl(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI url = new URI(text.strip());
            boolean web = "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
            if (web && url.getHost() != null && url.getRawUserInfo() == null && url.getRawQuery() == null
                    && url.getRawFragment() == null) {
                String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
                return Optional.of(URI.create(url.getScheme().toLowerCase() + "://" + url.getRawAuthority()
                        + (path.endsWith("/") ? path : path + "/")));
            }
        } catch (URISyntaxException malformed) {
            // refused below
        }
        LOG.error("{}: public.base.url '{}' is not an http(s) address such as https://cabinet.example:8443/; ignored",
                FILE, text);
        return Optional.empty();
    }

    private static TrustedProxies proxies(String text) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : entries(text)) {
            AddressRange.parse(entry).ifPresentOrElse(ranges::add, () -> LOG.error(
                    "{}: trusted.proxies '{}' is neither an IP address nor a CIDR range; not trusted", FILE, entry));
        }
        return new TrustedProxies(ranges);
    }

    private static List<String> certificateNames(String text) {
        List<String> names = new ArrayList<>();
        for (String entry : entries(text)) {
            if (IpAddresses.parse(entry).isPresent() || HOST_NAME.matcher(entry).matches()) {
                names.add(entry.toLowerCase());
            } else {
                LOG.error("{}: certificate.names '{}' is neither a host name nor an IP address; ignored", FILE, entry);
            }
        }
        return names;
    }

    private static Optional<CertificateSource> certificateSource(NetworkConfig config, Path base) {
        boolean keystore = !config.certificate_keystore().isBlank();
        boolean pem = !config.certificate_file().isBlank() || !config.certificate_key().isBlank();
        if (keystore && pem) {
            LOG.error("{}: set either certificate.keystore or certificate.file and certificate.key, not both;"
                    + " Cabinet answers on 127.0.0.1 only", FILE);
            return Optional.empty();
        }
        if (keystore) {
            if (config.certificate_keystore_password_file().isBlank()) {
                LOG.error("{}: certificate.keystore needs certificate.keystore.password.file; Cabinet answers on"
                        + " 127.0.0.1 only", FILE);
                return Optional.empty();
            }
            return Optional.of(new CertificateSource.Keystore(path(base, config.certificate_keystore()),
                    path(base, config.certificate_keystore_password_file())));
        }
        if (pem) {
            if (config.certificate_file().isBlank() || config.certificate_key().isBlank()) {
                LOG.error("{}: certificate.file and certificate.key go together; Cabinet answers on 127.0.0.1 only",
                        FILE);
                return Optional.empty();
            }
            return Optional.of(new CertificateSource.Pem(path(base, config.certificate_file()),
                    path(base, config.certificate_key())));
        }
        return Optional.of(new CertificateSource.Generated());
    }

    private static Path path(Path base, String text) {
        return base.resolve(text.strip()).toAbsolutePath().normalize();
    }

    private static List<String> entries(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }
}
