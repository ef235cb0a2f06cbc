package org.cabinet.itests.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.crypto.TamperedFieldException;
import org.cabinet.api.rest.CabinetRest;
import org.cabinet.api.time.Clock;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleRevision;

import com.fasterxml.jackson.databind.JsonNode;

public class CabinetDistributionIT extends CabinetTestSupport {

    private static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en-GB,en;q=0.9");
    private static final Map<String, String> NONE = Map.of();

    @Test
    public void bootsWithCabinetCoreActive() throws Exception {
        assertThat(featuresService.isInstalled(featuresService.getFeature("cabinet-core"))).isTrue();
        List<Bundle> cabinet = Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> bundle.getSymbolicName().startsWith("org.cabinet."))
                .toList();
        assertThat(cabinet).extracting(Bundle::getSymbolicName).contains("org.cabinet.api", "org.cabinet.web");
        assertThat(cabinet).allSatisfy(bundle -> assertThat(bundle.getState()).as(bundle.getSymbolicName()).isEqualTo(Bundle.ACTIVE));
        assertThat(service(Clock.class).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(execute("feature:list -i")).contains("cabinet-core");
    }

    @Test
    public void fieldCipherSealsWithKeysKeptOutsideTheData() throws Exception {
        FieldCipher cipher = service(FieldCipher.class);
        String nir = "255081416802538";
        String sealed = cipher.encrypt(nir);
        assertThat(sealed).doesNotContain(nir).isNotEqualTo(cipher.encrypt(nir));
        assertThat(cipher.decrypt(sealed)).isEqualTo(nir);
        assertThat(cipher.blindIndex(nir)).isEqualTo(cipher.blindIndex(nir)).doesNotContain(nir);

        char last = sealed.charAt(sealed.length() - 1);
        String tampered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(TamperedFieldException.class)
                .hasMessageNotContaining(nir);

        Path keystore = Path.of(System.getProperty("karaf.base"), "keys", "cabinet.p12");
        assertThat(keystore).exists();
        assertThat(keystore.toRealPath().startsWith(Path.of(System.getProperty("karaf.data")).toRealPath())).isFalse();
        assertThat(Files.getPosixFilePermissions(keystore)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readAllBytes(keystore)).asString(java.nio.charset.StandardCharsets.ISO_8859_1).doesNotContain(nir);
    }

    @Test
    public void keysRotateFromTheConsoleAndOlderValuesStayReadable() {
        FieldCipher cipher = service(FieldCipher.class);
        String before = cipher.encrypt("Asthme allergique");
        String listed = execute("cabinet:keys-list");
        assertThat(listed).contains("(primary)");

        assertThat(execute("cabinet:keys-rotate")).contains("New primary data key");

        assertThat(cipher.decrypt(before)).isEqualTo("Asthme allergique");
        assertThat(cipher.needsReencryption(before)).isTrue();
        assertThat(cipher.needsReencryption(cipher.encrypt("Asthme allergique"))).isFalse();
        assertThat(execute("cabinet:keys-list").lines().filter(line -> line.startsWith("data-")))
                .hasSize((int) listed.lines().filter(line -> line.startsWith("data-")).count() + 1);
    }

    @Test
    public void noServiceLoaderMediatorRewritesClasses() {
        // Aries SPI Fly rewrote Jetty's classes too, and one whose link to it failed at start-up left /api 404 until restart
        assertThat(Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> bundle.adapt(BundleRevision.class).getDeclaredCapabilities("osgi.extender").stream()
                        .anyMatch(extender -> "osgi.serviceloader.processor".equals(extender.getAttributes().get("osgi.extender"))))
                .map(Bundle::getSymbolicName))
                .as("only Cabinet's persistence and security, which hand Liquibase and Shiro their class loaders, stand for a"
                        + " mediator")
                .containsExactlyInAnyOrder("org.cabinet.persistence", "org.cabinet.security");
    }

    @Test
    public void healthAnswersWithVersionAndModules() {
        awaitHealthy();
        HttpResponse<String> answer = get("/api/health", NONE);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode health = json(answer);
        // DEGRADED: the key backup of a fresh installation is not tested yet
        assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.path("checks").path("keyBackup").path("state").asText()).isEqualTo("WARN");
        assertThat(health.path("version").asText()).isEqualTo(System.getProperty("cabinet.expected.version"));
        assertThat(health.path("modules")).extracting(JsonNode::asText).contains("cabinet-core").allMatch(name -> name.startsWith("cabinet-"));
        assertSecurityHeaders(answer);
    }

    @Test
    public void unknownPathIsAProblem404InTheClientsLanguage() {
        awaitHealthy();
        HttpResponse<String> english = get("/api/no-such-thing", admin().bearer(ENGLISH));
        assertProblem(english, 404);
        assertThat(json(english).path("title").asText()).isEqualTo("Not found");
        assertThat(json(english).path("instance").asText()).isEqualTo("/api/no-such-thing");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");

        HttpResponse<String> french = get("/api/no-such-thing", admin().bearer(Map.of("Accept-Language", "fr-FR")));
        assertProblem(french, 404);
        assertThat(json(french).path("title").asText()).isEqualTo("Introuvable");

        assertThat(json(get("/api/no-such-thing", asAdmin())).path("title").asText()).as("French by default").isEqualTo("Introuvable");
        assertSecurityHeaders(english);
    }

    @Test
    public void securityHeadersOutsideTheRestApplicationsToo() {
        awaitHealthy();
        HttpResponse<String> page = get("/no-such-page", NONE);
        assertThat(page.statusCode()).isEqualTo(404);
        assertSecurityHeaders(page);
    }

    @Test
    public void wrongMethodIsAProblem405() {
        awaitHealthy();
        HttpResponse<String> answer = http("DELETE", "/api/health", null, ENGLISH);
        assertProblem(answer, 405);
        assertThat(answer.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    public void malformedRequestsAreProblem400sAndFailuresRevealNothing() {
        awaitHealthy();
        ServiceRegistration<ProbeResource> probe = registerProbe();
        try {
            Map<String, String> json = admin().bearer(Map.of("Content-Type", "application/json", "Accept-Language", "en"));
            awaitStatus("POST", "/api/itest/echo", "{\"text\":\"ok\",\"priority\":1}", json, 200);

            HttpResponse<String> malformed = http("POST", "/api/itest/echo", "{\"text\": ", json);
            assertProblem(malformed, 400);
            assertThat(json(malformed).path("title").asText()).isEqualTo("Bad request");

            assertProblem(http("POST", "/api/itest/echo", "{\"text\":\"ok\",\"typo\":1}", json), 400);
            assertProblem(http("POST", "/api/itest/echo", "{\"text\":\"ok\",\"priority\":\"high\"}", json), 400);
            assertProblem(http("POST", "/api/itest/echo", "text=ok", admin().bearer(Map.of("Content-Type", "text/plain"))), 415);

            HttpResponse<String> failure = get("/api/itest/fail", admin().bearer(ENGLISH));
            assertProblem(failure, 500);
            assertThat(failure.body()).doesNotContain("Dupont", "2550814168025", "IllegalStateException", "at org.", "at java.");
            assertThat(json(failure).path("detail").asText()).containsPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        } finally {
            probe.unregister();
        }
    }

    @Test
    public void noKarafAccountOnAnyChannel() throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        assertRealmAcceptsAnAccountAddedByHand(etc.resolve("users.properties"));

        assertThatThrownBy(() -> login("karaf", "karaf")).isInstanceOf(LoginException.class);
        assertThatThrownBy(() -> login("admin", "admin")).isInstanceOf(LoginException.class);

        assertThat(accountLines(etc.resolve("users.properties"))).isEmpty();
        assertThat(accountLines(etc.resolve("keys.properties"))).isEmpty();

        assertThat(Arrays.stream(bundleContext.getBundles()).map(Bundle::getSymbolicName))
                .as("no remote shell, JMX connector or web console")
                .doesNotContain("org.apache.karaf.shell.ssh", "org.apache.karaf.management.server", "org.apache.karaf.webconsole.console");
        assertRefused(8101);
        assertRefused(1099);
        assertRefused(44444);
    }

    @Test
    public void noFrameworkPagesAreServed() {
        awaitHealthy();
        assertThat(get("/system/console", Map.of("Authorization", "Basic a2FyYWY6a2FyYWY=")).statusCode()).isEqualTo(404);
        assertThat(get("/cxf", NONE).statusCode()).isEqualTo(404);
        assertThat(get("/cxf/", NONE).statusCode()).isEqualTo(404);
    }

    /** Shows that the refusals below come from the absence of accounts, not from a realm that refuses everything. */
    private void assertRealmAcceptsAnAccountAddedByHand(Path users) throws Exception {
        String original = Files.readString(users);
        String password = java.util.UUID.randomUUID().toString();
        try {
            Files.writeString(users, original + "\nitest-control = " + password + ",admin\n");
            login("itest-control", password);
        } finally {
            Files.writeString(users, original);
        }
        assertThatThrownBy(() -> login("itest-control", password)).isInstanceOf(LoginException.class);
    }

    private void login(String user, String password) throws LoginException {
        LoginContext context = new LoginContext("karaf", callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(user);
                } else if (callback instanceof PasswordCallback secret) {
                    secret.setPassword(password.toCharArray());
                }
            }
        });
        context.login();
    }

    private static List<String> accountLines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static void assertRefused(int port) {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
        }).as("port %d must be closed", port).isInstanceOf(IOException.class);
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(CabinetRest.PROBLEM_JSON));
        JsonNode problem = json(answer);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }

    private static void assertSecurityHeaders(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
}
