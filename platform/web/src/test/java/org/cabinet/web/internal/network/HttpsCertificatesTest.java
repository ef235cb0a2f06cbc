package org.cabinet.web.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpsCertificatesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path folder;

    private HttpsCertificates at(Instant now) {
        return new HttpsCertificates(new HttpsKeystore(folder.resolve("keys"), RANDOM), Clock.fixed(now, ZoneOffset.UTC),
                RANDOM);
    }

    private NetworkSettings settings(Map<String, Object> values) {
        return NetworkSettings.parse(NetworkConfigs.of(values), folder);
    }

    @Test
    void madeAtFirstStartForItsNamesThenKept() throws Exception {
        NetworkSettings open = settings(Map.of("listen", "192.168.1.10", "certificate_names", "cabinet.example"));

        HttpsCertificates.Prepared first = at(NOW).prepare(open);
        HttpsCertificates.Prepared second = at(NOW.plus(Duration.ofDays(100))).prepare(open);

        assertThat(first.origin()).isEqualTo(HttpsCertificates.Origin.MADE);
        assertThat(first.certificate().names()).contains("192.168.1.10", "cabinet.example", "localhost", "127.0.0.1",
                "0:0:0:0:0:0:0:1");
        assertThat(first.certificate().certificate().getSubjectX500Principal().getName()).contains("CN=cabinet.example");
        assertThat(second.origin()).isEqualTo(HttpsCertificates.Origin.KEPT);
        assertThat(second.certificate().fingerprint()).isEqualTo(first.certificate().fingerprint())
                .matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void keptOwnerOnlyUnderARandomPasswordWithThePublicCertificateBeside() throws Exception {
        HttpsCertificates.Prepared made = at(NOW).prepare(settings(Map.of("listen", "0.0.0.0")));

        Path keys = folder.resolve("keys");
        String password = Files.readString(keys.resolve(HttpsKeystore.PASSWORD_SECRET));
        assertThat(password).hasSizeGreaterThanOrEqualTo(43);
        assertThat(Files.getPosixFilePermissions(keys.resolve(HttpsKeystore.PASSWORD_SECRET)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(keys.resolve("cabinet-https.p12")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        KeyStore store = KeyStore.getInstance(keys.resolve("cabinet-https.p12").toFile(), password.toCharArray());
        assertThat(store.getCertificate(HttpsKeystore.ALIAS)).isEqualTo(made.certificate().certificate());
        Certificate published = java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(keys.resolve("cabinet-https.crt")));
        assertThat(published).isEqualTo(made.certificate().certificate());
    }

    @Test
    void madeAgainNearItsEndOrWhenANameIsAddedUnderTheSamePassword() throws Exception {
        NetworkSettings open = settings(Map.of("listen", "0.0.0.0"));
        String first = at(NOW).prepare(open).certificate().fingerprint();
        Path passwordFile = folder.resolve("keys").resolve(HttpsKeystore.PASSWORD_SECRET);
        String password = Files.readString(passwordFile);

        Instant nearEnd = NOW.plus(SelfSignedCertificate.VALIDITY).minus(Duration.ofDays(10));
        HttpsCertificates.Prepared renewed = at(nearEnd).prepare(open);
        HttpsCertificates.Prepared named = at(nearEnd).prepare(settings(Map.of("listen", "0.0.0.0",
                "public_base_url", "https://cabinet.example:8443/")));

        assertThat(renewed.origin()).isEqualTo(HttpsCertificates.Origin.MADE);
        assertThat(renewed.certificate().fingerprint()).isNotEqualTo(first);
        assertThat(named.origin()).isEqualTo(HttpsCertificates.Origin.MADE);
        assertThat(named.certificate().names()).contains("cabinet.example");
        // the web server may have read the password before the keystore was replaced
        assertThat(Files.readString(passwordFile)).isEqualTo(password);
    }

    @Test
    void madeAgainWhenItsKeystoreNoLongerOpens() throws Exception {
        NetworkSettings open = settings(Map.of("listen", "0.0.0.0"));
        String first = at(NOW).prepare(open).certificate().fingerprint();
        Files.writeString(folder.resolve("keys").resolve(HttpsKeystore.PASSWORD_SECRET), "lost");

        HttpsCertificates.Prepared again = at(NOW).prepare(open);

        assertThat(again.origin()).isEqualTo(HttpsCertificates.Origin.MADE);
        assertThat(again.certificate().fingerprint()).isNotEqualTo(first);
    }

    @Test
    void theInstallersKeystoreIsServed() throws Exception {
        ServedCertificate installers = SelfSignedCertificate.make(List.of("cabinet.example"), NOW, RANDOM);
        Path keystore = folder.resolve("site.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("site", installers.key(), "s3cret-site".toCharArray(), new Certificate[] { installers.certificate() });
        try (var out = Files.newOutputStream(keystore)) {
            store.store(out, "s3cret-site".toCharArray());
        }
        Files.writeString(folder.resolve("site.password"), "s3cret-site\n");

        HttpsCertificates.Prepared prepared = at(NOW).prepare(settings(Map.of("listen", "0.0.0.0",
                "certificate_keystore", "site.p12", "certificate_keystore_password_file", "site.password")));

        assertThat(prepared.origin()).isEqualTo(HttpsCertificates.Origin.INSTALLER);
        assertThat(prepared.certificate().fingerprint()).isEqualTo(installers.fingerprint());
        assertThat(new HttpsKeystore(folder.resolve("keys"), RANDOM).read().orElseThrow().fingerprint())
                .isEqualTo(installers.fingerprint());
    }

    @Test
    void theInstallersPemFilesAreServed() throws Exception {
        ServedCertificate installers = SelfSignedCertificate.make(List.of("cabinet.example"), NOW, RANDOM);
        Files.writeString(folder.resolve("site.crt"), pem(installers.certificate()));
        Files.writeString(folder.resolve("site.key"), pem(installers.key()));

        HttpsCertificates.Prepared prepared = at(NOW).prepare(settings(Map.of("listen", "0.0.0.0",
                "certificate_file", "site.crt", "certificate_key", "site.key")));

        assertThat(prepared.certificate().fingerprint()).isEqualTo(installers.fingerprint());
    }

    @Test
    void theInstallersFilesThatCannotServeAreRefusedInOneLine() throws Exception {
        ServedCertificate one = SelfSignedCertificate.make(List.of("one.example"), NOW, RANDOM);
        ServedCertificate other = SelfSignedCertificate.make(List.of("other.example"), NOW, RANDOM);
        Files.writeString(folder.resolve("site.crt"), pem(one.certificate()));
        Files.writeString(folder.resolve("site.key"), pem(other.key()));
        Files.writeString(folder.resolve("empty.key"), "");

        assertThatThrownBy(() -> at(NOW).prepare(settings(Map.of("listen", "0.0.0.0", "certificate_file", "site.crt",
                "certificate_key", "site.key")))).isInstanceOf(InvalidCertificateException.class)
                .hasMessage("the private key is not the certificate's");
        assertThatThrownBy(() -> at(NOW).prepare(settings(Map.of("listen", "0.0.0.0", "certificate_file", "site.crt",
                "certificate_key", "empty.key")))).isInstanceOf(InvalidCertificateException.class)
                .hasMessageContaining("no unencrypted PEM private key");
        assertThatThrownBy(() -> at(NOW).prepare(settings(Map.of("listen", "0.0.0.0", "certificate_keystore", "none.p12",
                "certificate_keystore_password_file", "site.crt")))).isInstanceOf(InvalidCertificateException.class)
                .hasMessageContaining("cannot open").message().doesNotContain("\n");
    }

    /** PEM as installers get it: certificates, and keys in PKCS#8 ("PRIVATE KEY"). */
    private static String pem(Object item) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            if (item instanceof PrivateKey key) {
                writer.writeObject(new JcaPKCS8Generator(key, null));
            } else {
                writer.writeObject(item);
            }
        }
        return text.toString();
    }
}
