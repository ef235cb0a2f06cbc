package org.cabinet.itests.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// boots are expensive (~10 s each): one isolated boot, then one normal installation shared by the other tests
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DistributionProcessIT {

    private static final List<Integer> REMOTE_SHELL_AND_JMX_PORTS = List.of(8101, 1099, 44444);
    private static final int SIGKILL_EXIT_CODE = 128 + 9;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEPLOY_WAIT = Duration.ofSeconds(8);

    @TempDir
    static Path sharedRoot;
    private static CabinetProcess shared;
    private static boolean sharedBooted;

    @AfterAll
    static void closeShared() {
        if (shared != null) {
            shared.close();
        }
    }

    @Test
    @Order(1)
    void servesHealthWithoutAnyNetwork(@TempDir Path root) throws IOException {
        CabinetInstallation installation = CabinetInstallation.unpack(root);
        try (CabinetProcess cabinet = new CabinetProcess(installation)) {
            HttpAnswer health = cabinet.startWithoutNetwork().awaitHealthy();

            assertUpWithExpectedVersion(health);
            assertThat(cabinet.networkNamespace())
                    .as("network namespace of the Cabinet JVM")
                    .isNotEqualTo(CabinetProcess.testNetworkNamespace());
            assertThat(networkInterfacesSeenBy(cabinet)).containsExactly("lo");
            assertThat(HostNetwork.acceptsConnections(loopback(), installation.httpPort()))
                    .as("Cabinet's HTTP port seen from the test's own network")
                    .isFalse();
            assertThat(REMOTE_SHELL_AND_JMX_PORTS).allSatisfy(port ->
                    assertThat(cabinet.acceptsConnectionsOnLoopback(port)).as("port %d on 127.0.0.1", port).isFalse());
            assertThat(installation.logErrors()).as("ERROR lines in karaf.log after boot").isEmpty();
            cabinet.awaitOutputLine("Cabinet " + CabinetInstallation.expectedVersion() + " serves http://127.0.0.1:"
                    + installation.httpPort() + CabinetProcess.HEALTH_PATH, Duration.ofSeconds(15));

            cabinet.stop();
            assertThat(cabinet.isAlive()).isFalse();
        }
    }

    @Test
    @Order(2)
    void listensOnlyOnLoopbackWithoutRemoteShellOrJmx() {
        CabinetProcess cabinet = sharedCabinet();
        int httpPort = cabinet.installation().httpPort();

        List<InetSocketAddress> sockets = cabinet.listeningSockets();
        assertThat(sockets).as("listening sockets of the Cabinet JVM")
                .extracting(InetSocketAddress::getPort).contains(httpPort)
                .doesNotContainAnyElementsOf(REMOTE_SHELL_AND_JMX_PORTS);
        assertThat(sockets).allSatisfy(socket ->
                assertThat(socket.getAddress().isLoopbackAddress()).as("%s is on loopback", socket).isTrue());

        // past the check above these ports are not Cabinet's: another Karaf on this machine (Pax Exam) may hold them
        List<Integer> openPorts = REMOTE_SHELL_AND_JMX_PORTS.stream()
                .filter(cabinet::acceptsConnectionsOnLoopback)
                .toList();
        assumeThat(openPorts).as("ports of 127.0.0.1 held by processes other than Cabinet").isEmpty();
    }

    @Test
    @Order(3)
    void httpIsNotReachableOnNonLoopbackAddresses() {
        CabinetProcess cabinet = sharedCabinet();
        List<InetAddress> addresses = HostNetwork.nonLoopbackAddresses();
        assumeThat(addresses).as("non-loopback addresses of this machine").isNotEmpty();

        assertThat(addresses).allSatisfy(address ->
                assertThat(HostNetwork.acceptsConnections(address, cabinet.installation().httpPort()))
                        .as("HTTP on %s", address.getHostAddress())
                        .isFalse());
    }

    @Test
    @Order(4)
    void aJarDroppedIntoTheDeployFolderIsNeverInstalled() throws IOException, InterruptedException {
        CabinetProcess cabinet = sharedCabinet();
        Path deploy = cabinet.installation().home().resolve("deploy");
        assertThat(deploy).as("Karaf's deploy folder in the distribution").doesNotExist();

        Files.createDirectories(deploy);
        Files.copy(Path.of(System.getProperty("cabinet.test.store")), deploy.resolve("org.cabinet.itests.store.jar"));
        // Karaf's deploy folder is looked at every second, and a jar dropped there served within about 2 s
        Thread.sleep(DEPLOY_WAIT.toMillis());

        assertThat(installedBundleLocations(cabinet.installation())).as("locations of the installed bundles")
                .isNotEmpty().noneMatch(location -> location.contains("deploy") || location.contains("itests.store"));
        // without a session every /api path answers 401 before any resource is looked up; never the store's 200
        assertThat(cabinet.get("/api/test-records/count").status()).as("the dropped bundle's endpoint").isIn(401, 404);
    }

    @Test
    @Order(5)
    void servesAgainAfterKill9AndRestartOnTheSameData() throws IOException {
        CabinetProcess cabinet = sharedCabinet();
        long killedPid = cabinet.pid();

        assertThat(cabinet.kill9()).as("exit code of the killed JVM").isEqualTo(SIGKILL_EXIT_CODE);
        assertThat(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive)).as("pid %d", killedPid)
                .isNotEqualTo(Optional.of(true));
        assertThat(HostNetwork.acceptsConnections(loopback(), cabinet.installation().httpPort()))
                .as("HTTP after kill -9")
                .isFalse();

        HttpAnswer health = cabinet.restart().awaitHealthy();

        assertThat(cabinet.pid()).isNotEqualTo(killedPid);
        assertUpWithExpectedVersion(health);
        assertThat(cabinet.installation().logErrors()).as("ERROR lines in karaf.log after both boots").isEmpty();
    }

    private static CabinetProcess sharedCabinet() {
        if (shared == null) {
            shared = new CabinetProcess(CabinetInstallation.unpack(sharedRoot));
            shared.start().awaitHealthy();
            sharedBooted = true;
        }
        assertThat(sharedBooted).as("the shared Cabinet booted (see the first test that used it)").isTrue();
        assertThat(shared.isAlive()).as("the shared Cabinet is running").isTrue();
        return shared;
    }

    /** Serving, every check up but the key backup: nobody has tested the escrow of a fresh installation. */
    private static void assertUpWithExpectedVersion(HttpAnswer health) throws IOException {
        assertThat(health.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asText()).as("status in %s", health.body()).isEqualTo("DEGRADED");
        assertThat(body.path("checks").path("database").path("state").asText()).isEqualTo("UP");
        body.path("checks").fields().forEachRemaining(check -> assertThat(check.getValue().path("state").asText())
                .as("check %s", check.getKey()).isEqualTo(check.getKey().equals("keyBackup") ? "WARN" : "UP"));
        assertThat(body.path("version").asText()).as("version in %s", health.body())
                .isEqualTo(CabinetInstallation.expectedVersion());
    }

    /** The location of every bundle the framework holds, as its cache records them. */
    private static List<String> installedBundleLocations(CabinetInstallation installation) throws IOException {
        try (Stream<Path> bundles = Files.list(installation.data().resolve("cache"))) {
            return bundles.map(bundle -> bundle.resolve("bundle.info")).filter(Files::isRegularFile)
                    .map(info -> CabinetInstallation.readIfPresent(info).lines().skip(1).findFirst().orElse(""))
                    .toList();
        }
    }

    private static List<String> networkInterfacesSeenBy(CabinetProcess cabinet) {
        return Command.run(Duration.ofSeconds(15), "nsenter", "--target", String.valueOf(cabinet.pid()), "--net",
                        "ip", "-o", "link", "show")
                .requireSuccess()
                .stdout().lines()
                .map(line -> line.split(":\\s+")[1].replaceFirst("@.*", ""))
                .toList();
    }

    private static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }
}
