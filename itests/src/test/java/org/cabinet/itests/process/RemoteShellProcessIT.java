package org.cabinet.itests.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.cabinet.itests.access.TestTotp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The remote shell as an installer enables it ({@code karaf.startRemoteShell = true} and the {@code ssh} feature,
 * here at boot): only Cabinet administrators log in, with their password followed by their second factor's code;
 * every command they run is audited by name before it runs. One installation, in that order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RemoteShellProcessIT {

    private static final Duration SSH_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path root;
    @AutoClose
    private static CabinetProcess cabinet;
    @AutoClose
    private static SshClient ssh;
    private static int sshPort;
    private static Account admin;
    private static Account gp;

    @BeforeAll
    static void install() throws IOException {
        CabinetInstallation installation = CabinetInstallation.unpack(root);
        try (ServerSocket free = new ServerSocket(0)) {
            sshPort = free.getLocalPort();
        }
        installation.setProperty("custom.properties", "karaf.startRemoteShell", "true");
        installation.setProperty("org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        // what feature:install ssh at the local console does, made part of the first start
        installation.editEtc("org.apache.karaf.features.cfg", features -> features.replace("featuresBoot = \\\n",
                "featuresBoot = \\\n    ssh, \\\n"));
        cabinet = new CabinetProcess(installation);
        cabinet.start().awaitHealthy();
        admin = cabinet.accounts().firstAdministrator(cabinet.awaitSetupToken(CabinetProcess.BOOT_TIMEOUT), "admin");
        gp = cabinet.accounts().create(admin, "dr.remote", "gp");
        ssh = SshClient.setUpDefaultClient();
        // one try per login, as "ssh -o PreferredAuthentications=password" (OpenSSH by default may also try
        // keyboard-interactive, which Karaf answers with the same check: two failures per refused login)
        ssh.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
        // the host key Karaf made at first start is this test's only server
        ssh.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        ssh.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (ssh != null) {
            ssh.stop();
        }
    }

    @Test
    @Order(1)
    void anAdministratorWithPasswordAndCodeRunsCommandsAndEachIsAudited() throws IOException {
        String output;
        try (ClientSession session = logIn(admin.username(), admin.password() + nextCode())) {
            output = session.executeRemoteCommand("bundle:list -s | grep org.cabinet.security; cabinet:audit-verify");
        }

        assertThat(output).contains("org.cabinet.security", "intact");
        JsonNode activity = activity(admin, "shell-command");
        // the session's start-up scripts (etc/shell.init.script, etc/scripts) run as the administrator too, comments aside
        assertThat(activity).extracting(row -> row.path("resourceId").asText())
                .endsWith("bundle:list/grep/cabinet:audit-verify").noneMatch(names -> names.contains("ASF"));
        assertThat(activity).extracting(row -> row.path("clientAddress").asText()).containsOnly("127.0.0.1");
        JsonNode logins = activity(admin, "login");
        assertThat(logins).extracting(row -> row.path("resourceType").asText()).contains("remote-shell");
    }

    @Test
    @Order(2)
    void everyoneElseIsRefused() {
        Instant now = Instant.now();
        List<String[]> refused = new ArrayList<>();
        refused.add(new String[] { admin.username(), admin.password() });
        refused.add(new String[] { admin.username(), admin.password() + "000000" });
        refused.add(new String[] { gp.username(), gp.password() + TestTotp.code(gp.secret(), now) });
        refused.add(new String[] { "karaf", "karaf" });
        refused.add(new String[] { "nobody", admin.password() + TestTotp.code(admin.secret(), now) });
        for (String[] credentials : refused) {
            assertThatThrownBy(() -> logIn(credentials[0], credentials[1]).close()).as("%s", credentials[0])
                    .isInstanceOf(IOException.class);
        }

        assertThat(activity(admin, "login-failure")).extracting(row -> row.path("resourceType").asText())
                .containsOnly("remote-shell").hasSize(2);
        assertThat(activity(gp, "login-failure")).extracting(row -> row.path("resourceType").asText())
                .containsExactly("remote-shell");
    }

    private static ClientSession logIn(String username, String password) throws IOException {
        ClientSession session = ssh.connect(username, "127.0.0.1", sshPort).verify(SSH_TIMEOUT).getSession();
        try {
            session.addPasswordIdentity(password);
            session.auth().verify(SSH_TIMEOUT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** @return a code of the administrator's second factor at a step Cabinet has not seen yet */
    private static String nextCode() {
        long step = cabinet.accounts().nextStep(admin);
        admin = admin.withToken(admin.token(), step);
        return TestTotp.code(admin.secret(), Instant.ofEpochSecond(step * 30));
    }

    private static JsonNode activity(Account account, String action) {
        return CabinetAccounts.read(CabinetAccounts.expect(cabinet.accounts().send("GET", "/api/audit/users/"
                + account.id() + "/activity?action=" + action, null, admin.bearer()), 200, "the audit report"))
                .path("rows");
    }
}
