package org.cabinet.security.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemoteShellCredentialsTest {

    @Test
    void theLastSixDigitsAreTheSecondFactorsCode() {
        assertThat(RemoteShellCredentials.of("correct horse battery 2024123456"))
                .isEqualTo(new RemoteShellCredentials("correct horse battery 2024", "123456"));
    }

    @Test
    void withoutSixDigitsAtTheEndThereIsNoCode() {
        assertThat(RemoteShellCredentials.of("a long passphrase")).isEqualTo(new RemoteShellCredentials("a long passphrase", null));
        assertThat(RemoteShellCredentials.of("12345a")).isEqualTo(new RemoteShellCredentials("12345a", null));
        assertThat(RemoteShellCredentials.of("123456")).isEqualTo(new RemoteShellCredentials("123456", null));
        assertThat(RemoteShellCredentials.of(null)).isEqualTo(new RemoteShellCredentials(null, null));
    }

    @Test
    void clientAddressesLoseTheirPort() {
        assertThat(RemoteShellCredentials.clientAddress("/192.0.2.7:51234")).isEqualTo("192.0.2.7");
        assertThat(RemoteShellCredentials.clientAddress("/0:0:0:0:0:0:0:1:51234")).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(RemoteShellCredentials.clientAddress("[2001:db8::1]:22")).isEqualTo("2001:db8::1");
        assertThat(RemoteShellCredentials.clientAddress(null)).isEqualTo("unknown");
    }

    @Test
    void onlyTheNamesOfTheCommandsAreAudited() {
        assertThat(RemoteShellAudit.commandNames("cabinet:setup s3cr3t-token admin \"Dr; Martin\"")).isEqualTo("cabinet:setup");
        assertThat(RemoteShellAudit.commandNames("  bundle:list | grep cabinet")).isEqualTo("bundle:list/grep");
        assertThat(RemoteShellAudit.commandNames("bundle:list;shutdown -f")).isEqualTo("bundle:list/shutdown");
        assertThat(RemoteShellAudit.commandNames("each [1 2] { bundle:stop $it }")).isEqualTo("each/bundle:stop");
        assertThat(RemoteShellAudit.commandNames("x = $(cabinet:audit-archive)")).isEqualTo("x/cabinet:audit-archive");
        assertThat(RemoteShellAudit.commandNames("'quoted'; \"unclosed; Durand")).isEqualTo("_");
        assertThat(RemoteShellAudit.commandNames("")).isEqualTo("_");
        assertThat(RemoteShellAudit.commandNames("// you'll need it\n/* a \"block\" */ ld = { log:display $args } ;"))
                .isEqualTo("ld/log:display");
        assertThat(RemoteShellAudit.commandNames("bundle:list;".repeat(20))).hasSizeLessThanOrEqualTo(128)
                .startsWith("bundle:list/bundle:list").endsWith("/...");
    }
}
