package org.cabinet.itests.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What only a real process shows about the data: the recovery passphrase printed once at first start and its
 * escrow tested with {@code bin/cabinet-keys}, every acknowledged write still there after {@code kill -9}, and
 * the keys restored from their escrow after the keys folder is lost. One installation, in that order, with the
 * test store added to what it starts (as a module would be).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class PersistenceProcessIT {

    private static final Pattern PASSPHRASE = Pattern.compile("Recovery passphrase: (\\S+)");
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NIR = "2 55 08 14 168 025 38";

    @TempDir
    static Path root;
    @TempDir
    static Path apart;
    private static CabinetProcess cabinet;
    private static String passphrase;
    private static Account admin;
    private static Account gp;
    private static final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void install() {
        CabinetInstallation installation = CabinetInstallation.unpack(root);
        installation.addStartupBundle(Path.of(System.getProperty("cabinet.test.store")), "org.cabinet",
                "org.cabinet.itests.store", CabinetInstallation.expectedVersion(), 85);
        // hundreds of new records by one practitioner within minutes is what the distinct-patients rule exists to
        // freeze; here it is the load of a durability test, so the rule's limit is at its highest
        installation.setProperty("org.cabinet.audit.rules.cfg", "distinct.patients.per.hour", "10000");
        cabinet = new CabinetProcess(installation);
    }

    @AfterAll
    static void close() {
        if (cabinet != null) {
            cabinet.close();
        }
    }

    @Test
    @Order(1)
    void firstStartPrintsTheRecoveryPassphraseOnceAndSaysTheBackupIsUntested() throws IOException {
        HttpAnswer health = cabinet.start().awaitHealthy();
        admin = cabinet.accounts().firstAdministrator(cabinet.awaitSetupToken(CabinetProcess.BOOT_TIMEOUT), "admin");
        gp = cabinet.accounts().create(admin, "dr.durable", "gp");

        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(body.path("checks").path("keyBackup").path("state").asText()).isEqualTo("WARN");
        // the escrow is made beside the start, not on its path
        Instant deadline = Instant.now().plusSeconds(60);
        Matcher printed = PASSPHRASE.matcher(cabinet.outputOfCurrentRun());
        boolean found = printed.find();
        while (!found && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(250));
            printed = PASSPHRASE.matcher(cabinet.outputOfCurrentRun());
            found = printed.find();
        }
        assertThat(found).as("the recovery passphrase on the console").isTrue();
        passphrase = printed.group(1);
        body = JSON.readTree(cabinet.get(CabinetProcess.HEALTH_PATH).body());
        assertThat(body.path("checks").path("keyBackup").path("detail").asText()).contains("never tested");
        assertThat(cabinet.installation().readLog()).doesNotContain(passphrase).contains("no tested backup");
        assertThat(escrow()).exists();
    }

    @Test
    @Order(2)
    void testingTheEscrowWithThePassphraseClearsTheWarning() throws IOException {
        Command.Result wrong = cabinet.installation().runBin(TOOL_TIMEOUT, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23\n",
                "cabinet-keys", "verify", escrow().toString());
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.stderr().strip()).doesNotContain("Exception").hasLineCount(1);

        Command.Result verified = cabinet.installation().runBin(TOOL_TIMEOUT, passphrase + "\n", "cabinet-keys", "verify",
                escrow().toString());

        assertThat(verified.exitCode()).as(verified.stderr()).isZero();
        JsonNode body = JSON.readTree(cabinet.get(CabinetProcess.HEALTH_PATH).body());
        assertThat(body.path("checks").path("keyBackup").path("state").asText()).isEqualTo("UP");
        assertThat(body.path("status").asText()).isEqualTo("UP");
    }

    @Test
    @Order(3)
    void everyAcknowledgedWriteSurvivesKill9() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.execute(() -> {
                for (int n = 0; writing.get(); n++) {
                    try {
                        HttpResponse<String> answer = post("{\"familyName\":\"Durable" + writer + "-" + n
                                + "\",\"nir\":\"" + NIR + "\",\"diagnosis\":\"écriture " + n + "\"}");
                        if (answer.statusCode() == 201) {
                            acknowledged.add(JSON.readTree(answer.body()).path("id").asText());
                        }
                    } catch (IOException | InterruptedException stoppedMidway) {
                        // the server died under this request: it was never acknowledged
                        return;
                    }
                }
            });
        }
        // enough acknowledged writes that the kill lands amid a stream of them, however loaded the machine
        Instant deadline = Instant.now().plusSeconds(120);
        while (acknowledged.size() < 300 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        cabinet.kill9();
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> acked = List.copyOf(acknowledged);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(50);

        cabinet.restart().awaitHealthy();
        awaitStore();

        assertThat(missing(acked)).as("acknowledged writes missing after kill -9, of " + acked.size()).isEmpty();
        CabinetAccounts.expect(send("PUT", "/api/care-teams/" + acked.get(0) + "/members/" + gp.id(), admin), 200,
                "joining a care team");
        JsonNode one = CabinetAccounts.read(send("GET", "/api/test-records/" + acked.get(0), gp));
        assertThat(one.path("nir").asText()).isEqualTo(NIR.replace(" ", ""));
        // each acknowledged write was audited before it was acknowledged, and the chain survived the kill
        JsonNode created = CabinetAccounts.read(send("GET", "/api/audit/users/" + gp.id() + "/activity?action=create", admin))
                .path("rows");
        List<String> audited = new ArrayList<>();
        created.forEach(row -> {
            if (row.path("outcome").asText().equals("success")) {
                audited.add(row.path("resourceId").asText());
            }
        });
        assertThat(audited).containsAll(acked);
        JsonNode verification = CabinetAccounts.read(send("GET", "/api/audit/verify", admin));
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
    }

    @Test
    @Order(4)
    void lostKeysAreRefusedThenRestoredFromTheEscrow() throws IOException {
        Path keys = cabinet.installation().keys();
        Path escrowCopy = Files.copy(escrow(), apart.resolve("cabinet-keys.escrow"));
        cabinet.stop();
        deleteFolder(keys);

        // new keys are made, but the database does not open with them: nothing is written under them
        cabinet.start();
        HttpAnswer refused = awaitDatabaseVerdict();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(JSON.readTree(refused.body()).path("checks").path("database").path("detail").asText())
                .contains("does not open with the keys").contains("bin/cabinet-keys restore");
        cabinet.stop();

        Command.Result restored = cabinet.installation().runBin(TOOL_TIMEOUT, passphrase + "\n", "cabinet-keys",
                "restore", escrowCopy.toString());
        assertThat(restored.exitCode()).as(restored.stderr()).isZero();
        Files.copy(escrowCopy, escrow(), StandardCopyOption.REPLACE_EXISTING);

        cabinet.start().awaitHealthy();
        awaitStore();
        List<String> sample = List.copyOf(acknowledged.subList(0, Math.min(20, acknowledged.size())));
        assertThat(sample).isNotEmpty();
        assertThat(missing(sample)).isEmpty();
        assertThat(send("GET", "/api/test-records/" + sample.get(0), gp).statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(cabinet.get(CabinetProcess.HEALTH_PATH).body());
        assertThat(health.path("checks").path("keyBackup").path("state").asText()).isEqualTo("UP");
        assertThat(cabinet.installation().logErrors()).as("ERROR lines since the restore")
                .noneMatch(line -> line.contains("Refused a stored field"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path escrow() {
        return cabinet.installation().keys().resolve("cabinet-keys.escrow");
    }

    /** Waits for the test store, which starts after the core. */
    private static void awaitStore() {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> answer;
        while ((answer = send("GET", "/api/test-records/count", gp)).statusCode() != 200) {
            assertThat(Instant.now()).as("the test store serves; it answered %d %s", answer.statusCode(), answer.body())
                    .isBefore(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private HttpResponse<String> post(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cabinet.installation().httpPort()
                + "/api/test-records")).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + gp.token())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, Account as) {
        return cabinet.accounts().send(method, path, null, as.bearer());
    }

    /** @return those of the ids the test store does not have */
    private static List<String> missing(List<String> ids) {
        JsonNode answer = CabinetAccounts.read(CabinetAccounts.expect(cabinet.accounts().send("POST",
                "/api/test-records/missing", CabinetAccounts.json(ids), gp.bearer()), 200, "asking for missing records"));
        List<String> missing = new ArrayList<>();
        answer.path("missing").forEach(id -> missing.add(id.asText()));
        return missing;
    }

    /** Health once the database check has spoken (not "starting"). */
    private static HttpAnswer awaitDatabaseVerdict() throws IOException {
        Instant deadline = Instant.now().plus(CabinetProcess.BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpAnswer answer = cabinet.get(CabinetProcess.HEALTH_PATH);
                if (answer.status() == 200 || answer.status() == 503) {
                    String detail = JSON.readTree(answer.body()).path("checks").path("database").path("detail").asText();
                    if (!detail.equals("starting")) {
                        return answer;
                    }
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the database check never spoke");
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
