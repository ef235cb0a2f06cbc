package org.cabinet.bench.clinical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.process.CabinetInstallation;
import org.cabinet.itests.process.CabinetProcess;

/**
 * One installation of the distribution under measurement, unpacked in its own folder: the settings the benchmark
 * changes in its {@code etc/}, its process, and the address its clients call.
 */
final class MeasuredCabinet implements AutoCloseable {

    /** where the demo data's settings go: Cabinet adds the patients at start while it has none */
    static final String DEMO_CONFIG = "org.cabinet.records.demo.cfg";
    static final String RULES_CONFIG = "org.cabinet.audit.rules.cfg";
    static final String DISTINCT_PATIENTS = "distinct.patients.per.hour";
    /** below the core's bundles (80), above the API and Felix SCR (30): registered before anything binds an audit log */
    static final int NO_AUDIT_START_LEVEL = 70;

    // longer than the tests allow: a loaded machine, or a large database, can make a start take minutes
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration SERVED_TIMEOUT = Duration.ofMinutes(2);
    private static final String NO_AUDIT_ARTIFACT = "org.cabinet.bench.noaudit";
    private static final String NO_AUDIT_VERSION = "0.0.0-bench";

    private final String label;
    private final CabinetProcess process;

    private MeasuredCabinet(String label, CabinetProcess process) {
        this.label = label;
        this.process = process;
    }

    /**
     * Unpacks the distribution into {@code folder}, with the distinct-patients rule at its highest limit: the GP
     * opens every chart of the working set within minutes, which the rule would take for a bulk read.
     */
    static MeasuredCabinet unpack(String label, Path folder) {
        CabinetInstallation installation = CabinetInstallation.unpack(folder);
        installation.setProperty(RULES_CONFIG, DISTINCT_PATIENTS, String.valueOf(ClinicalOptions.MOST_DISTINCT_PATIENTS));
        return new MeasuredCabinet(label, new CabinetProcess(installation));
    }

    /** Asks for demo data at the first start. */
    void addDemoData(int patients, int encounters) {
        installation().writeEtc(DEMO_CONFIG, "patients = " + patients + "\nencounters = " + encounters + "\n");
    }

    /** Adds the bundle whose audit log records nothing, started before the core's bundles. */
    void addNoAuditBundle(Path bundle) {
        installation().addStartupBundle(bundle, "org.cabinet", NO_AUDIT_ARTIFACT, NO_AUDIT_VERSION, NO_AUDIT_START_LEVEL);
    }

    /**
     * Gives this installation, before its first start, the database and keys of {@code other} (stopped): the same
     * patients, accounts and care teams, under the same ids.
     */
    void copyDataOf(MeasuredCabinet other) {
        copyTree(other.installation().data().resolve("derby"), installation().data().resolve("derby"));
        copyTree(other.installation().keys(), installation().keys());
    }

    MeasuredCabinet start() throws InterruptedException {
        process.start().awaitHealthy(BOOT_TIMEOUT);
        awaitServed("/api/auth/login", Map.of());
        return this;
    }

    /**
     * Waits until {@code path} is served (answers anything but 404): Cabinet answers its health check before the REST
     * whiteboard has registered every resource, so a request just after the start may find nothing there.
     */
    void awaitServed(String path, Map<String, String> headers) throws InterruptedException {
        Instant deadline = Instant.now().plus(SERVED_TIMEOUT);
        while (accounts().send("GET", path, null, headers).statusCode() == 404) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(path + " still answers 404 " + SERVED_TIMEOUT + " after the start");
            }
            Thread.sleep(250);
        }
    }

    void stop() {
        process.stop();
    }

    /** @return the CPU time Cabinet's JVM has used */
    CpuClock cpu() {
        return new CpuClock(ProcessHandle.of(process.pid()).orElseThrow());
    }

    String label() {
        return label;
    }

    CabinetInstallation installation() {
        return process.installation();
    }

    CabinetProcess process() {
        return process;
    }

    CabinetAccounts accounts() {
        return process.accounts();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + installation().httpPort();
    }

    /** @return a client of its own: every window opens new connections, none left idle since the last one */
    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public void close() {
        process.close();
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }
}
