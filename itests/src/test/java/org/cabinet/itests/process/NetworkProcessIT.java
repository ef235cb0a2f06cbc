package org.cabinet.itests.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening Cabinet to the network, as an installer does it in {@code etc/org.cabinet.web.network.cfg}: HTTPS with the
 * certificate made at first start, kept across starts, or the installer's own; plain HTTP that only redirects; and
 * back to 127.0.0.1. One installation, in that order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class NetworkProcessIT {

    private static final Pattern FINGERPRINT = Pattern.compile("SHA-256 fingerprint ([0-9A-F:]{95})");
    private static final String SITE_PASSWORD = "site-keystore-password";

    @TempDir
    static Path root;
    @TempDir
    static Path installerFiles;
    private static CabinetInstallation installation;
    @AutoClose
    private static CabinetProcess cabinet;
    private static String firstFingerprint;

    @BeforeAll
    static void install() {
        installation = CabinetInstallation.unpack(root);
        cabinet = new CabinetProcess(installation);
    }

    @Test
    @Order(1)
    void openToTheNetworkItServesHttpsWithTheCertificateMadeAtFirstStart() throws IOException {
        installation.setNetwork("listen", "0.0.0.0");

        HttpResponse<String> health = startAndAwaitHttps();

        X509Certificate published = PinnedHttps.certificate(installation.httpsCertificate());
        assertThat(PinnedHttps.served(health)).isEqualTo(published);
        assertThat(health.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age="));
        assertThat(names(published)).contains("127.0.0.1", "localhost");
        for (InetAddress lan : lanAddresses()) {
            assertThat(names(published)).contains(lan.getHostAddress());
            HttpResponse<String> fromLan = PinnedHttps.trusting(published)
                    .get(URI.create("https://" + lan.getHostAddress() + ":" + installation.httpsPort() + "/api/health"));
            assertThat(fromLan.statusCode()).as("HTTPS on %s", lan).isEqualTo(200);
        }
        firstFingerprint = PinnedHttps.fingerprint(published);
        assertThat(printedFingerprint()).isEqualTo(firstFingerprint);
        String password = Files.readString(installation.keys().resolve("cabinet-https.password")).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(cabinet.output()).doesNotContain(password);
        assertThat(installation.readLog()).doesNotContain(password);
        try (Stream<Path> settings = Files.list(installation.etc())) {
            assertThat(settings.filter(Files::isRegularFile)).allSatisfy(file ->
                    assertThat(Files.readString(file)).as("%s", file).doesNotContain(password));
        }
    }

    @Test
    @Order(2)
    void plainHttpOnlyRedirectsToTheSamePathOverHttps() throws Exception {
        HttpClient plain = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (InetAddress address : Stream.concat(Stream.of(InetAddress.getByName("127.0.0.1")), lanAddresses().stream())
                .toList()) {
            HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(URI.create("http://" + address.getHostAddress()
                    + ":" + installation.httpPort() + "/api/health?probe=1")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as("plain HTTP on %s", address).isEqualTo(308);
            assertThat(answer.headers().firstValue("Location")).contains("https://" + address.getHostAddress() + ":"
                    + installation.httpsPort() + "/api/health?probe=1");
            assertThat(answer.body()).isEmpty();
        }
        assertThat(cabinet.listeningSockets()).filteredOn(socket -> !socket.getAddress().isLoopbackAddress())
                .extracting(InetSocketAddress::getPort)
                .containsOnly(installation.httpPort(), installation.httpsPort());
    }

    /** Opening the network restarted the web server once; from then on it starts as it should be, cleanly. */
    @Test
    @Order(3)
    void aSecondStartServesTheSameCertificateWithoutRestartingTheWebServer() {
        cabinet.stop();
        int linesBefore = installation.logLines().size();

        HttpResponse<String> health = startAndAwaitHttps();

        assertThat(PinnedHttps.fingerprint(PinnedHttps.served(health))).isEqualTo(firstFingerprint);
        assertThat(printedFingerprint()).isEqualTo(firstFingerprint);
        List<String> lines = installation.logLines().stream().skip(linesBefore).toList();
        assertThat(lines).as("ERROR lines in karaf.log of the second start").noneMatch(line -> line.contains("| ERROR |"));
        assertThat(lines).as("web server settings written").noneMatch(line -> line.contains("Web server: HTTPS"));
    }

    @Test
    @Order(4)
    void theInstallersKeystoreIsServedWhenConfigured() throws Exception {
        cabinet.stop();
        Path keystore = installerFiles.resolve("site.p12");
        Path passwordFile = Files.writeString(installerFiles.resolve("site.password"), SITE_PASSWORD + "\n");
        Command.run(Duration.ofSeconds(60), Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "site", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=cabinet.test",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "30", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", SITE_PASSWORD, "-keypass", SITE_PASSWORD)
                .requireSuccess();
        X509Certificate site = (X509Certificate) KeyStore.getInstance(keystore.toFile(), SITE_PASSWORD.toCharArray())
                .getCertificate("site");
        installation.setNetwork("certificate.keystore", keystore.toString());
        installation.setNetwork("certificate.keystore.password.file", passwordFile.toString());

        cabinet.start();
        HttpResponse<String> health = awaitHttps(site);

        assertThat(PinnedHttps.served(health)).isEqualTo(site);
        assertThat(printedFingerprint()).isEqualTo(PinnedHttps.fingerprint(site));
        assertThat(cabinet.outputOfCurrentRun()).contains("the installer's");
    }

    @Test
    @Order(5)
    void backOnLoopbackItServesPlainHttpThereAndNothingElse() {
        cabinet.stop();
        installation.setNetwork("listen", "127.0.0.1");
        installation.setNetwork("certificate.keystore", "");
        installation.setNetwork("certificate.keystore.password.file", "");

        HttpAnswer health = cabinet.start().awaitHealthy();

        assertThat(health.status()).isEqualTo(200);
        assertThat(cabinet.listeningSockets()).allSatisfy(socket ->
                assertThat(socket.getAddress().isLoopbackAddress()).as("%s is on loopback", socket).isTrue());
        assertThat(cabinet.listeningSockets()).extracting(InetSocketAddress::getPort)
                .doesNotContain(installation.httpsPort());
    }

    /** Starts Cabinet and waits for HTTPS, trusting the certificate it stores once it has made it. */
    private static HttpResponse<String> startAndAwaitHttps() {
        cabinet.start();
        return awaitHttps(null);
    }

    /** @param trusted the one certificate to trust; null: the one Cabinet stores, once it is there */
    private static HttpResponse<String> awaitHttps(X509Certificate trusted) {
        URI health = URI.create("https://127.0.0.1:" + installation.httpsPort() + CabinetProcess.HEALTH_PATH);
        HttpResponse<?>[] last = new HttpResponse<?>[1];
        cabinet.awaitHealthy(CabinetProcess.BOOT_TIMEOUT, () -> {
            Path stored = installation.httpsCertificate();
            if (trusted == null && !Files.exists(stored)) {
                throw new UncheckedIOException(new IOException("no certificate in " + stored + " yet"));
            }
            HttpResponse<String> answer = PinnedHttps.trusting(trusted != null ? trusted : PinnedHttps.certificate(stored))
                    .get(health);
            last[0] = answer;
            return new HttpAnswer(answer.statusCode(), answer.body());
        });
        @SuppressWarnings("unchecked")
        HttpResponse<String> answer = (HttpResponse<String>) last[0];
        return answer;
    }

    /** The fingerprint Cabinet printed on its console during the current run. */
    private static String printedFingerprint() {
        Matcher printed = FINGERPRINT.matcher(cabinet.outputOfCurrentRun());
        assertThat(printed.find()).as("a certificate fingerprint on the console").isTrue();
        return printed.group(1);
    }

    private static List<String> names(X509Certificate certificate) {
        try {
            return Optional.ofNullable(certificate.getSubjectAlternativeNames()).stream().flatMap(Collection::stream)
                    .map(name -> String.valueOf(name.get(1))).toList();
        } catch (java.security.cert.CertificateParsingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This machine's IPv4 addresses on the network, which Cabinet's certificate names when listening on 0.0.0.0. */
    private static List<InetAddress> lanAddresses() {
        return HostNetwork.nonLoopbackAddresses().stream().filter(Inet4Address.class::isInstance).toList();
    }
}
