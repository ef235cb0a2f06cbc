package org.cabinet.web.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NetworkSettingsTest {

    private static final Path BASE = Path.of("/opt/cabinet");

    private static NetworkSettings parse(Map<String, Object> values) {
        return NetworkSettings.parse(NetworkConfigs.of(values), BASE);
    }

    @Test
    void byDefaultThisMachineOnlyOverPlainHttp() {
        NetworkSettings settings = parse(Map.of());

        assertThat(settings.open()).isFalse();
        assertThat(settings.listen()).containsExactly(NetworkSettings.LOOPBACK);
        assertThat(settings.httpPort()).isEqualTo(8181);
        assertThat(PublicBaseUrl.of(settings)).isEqualTo(URI.create("http://127.0.0.1:8181/"));
    }

    @Test
    void aLanAddressOpensTheNetwork() {
        NetworkSettings settings = parse(Map.of("listen", "192.168.1.10, 127.0.0.1", "https_port", 443));

        assertThat(settings.open()).isTrue();
        assertThat(settings.listen()).extracting(IpAddresses::text).containsExactly("192.168.1.10", "127.0.0.1");
        assertThat(PublicBaseUrl.of(settings)).isEqualTo(URI.create("https://192.168.1.10/"));
        assertThat(parse(Map.of("listen", "::")).open()).isTrue();
        assertThat(parse(Map.of("listen", "::1")).open()).isFalse();
    }

    @Test
    void anythingWrongAboutOpeningKeepsCabinetOnLoopback() {
        assertThat(parse(Map.of("listen", "0.0.0.0, cabinet.local")).open()).isFalse();
        assertThat(parse(Map.of("listen", "0.0.0.0", "http_port", 8443)).open()).isFalse();
        assertThat(parse(Map.of("listen", "0.0.0.0", "certificate_keystore", "/etc/ssl/cabinet.p12")).open()).isFalse();
        assertThat(parse(Map.of("listen", "0.0.0.0", "certificate_file", "/etc/ssl/cabinet.crt")).open()).isFalse();
        assertThat(parse(Map.of("listen", "0.0.0.0", "certificate_keystore", "a.p12",
                "certificate_keystore_password_file", "a.pw", "certificate_file", "a.crt", "certificate_key", "a.key"))
                .open()).isFalse();
    }

    @Test
    void aWrongPortFallsBackToItsDefault() {
        NetworkSettings settings = parse(Map.of("http_port", 0, "https_port", 70000));

        assertThat(settings.httpPort()).isEqualTo(8181);
        assertThat(settings.httpsPort()).isEqualTo(8443);
    }

    @Test
    void thePublicBaseUrlIsCheckedAndEndsWithASlash() {
        assertThat(parse(Map.of("public_base_url", " HTTPS://cabinet.example:8443")).publicBaseUrl())
                .contains(URI.create("https://cabinet.example:8443/"));
        assertThat(parse(Map.of("public_base_url", "https://cabinet.example/clinic")).publicBaseUrl())
                .contains(URI.create("https://cabinet.example/clinic/"));
        assertThat(java.util.List.of("cabinet.example", "ftp://cabinet.example/", "https://user@cabinet.example/",
                "https://cabinet.example/?a=b", "https:///x", "https://cabinet example/"))
                .allSatisfy(text -> assertThat(parse(Map.of("public_base_url", text)).publicBaseUrl()).as(text).isEmpty());
    }

    @Test
    void aConfiguredPublicBaseUrlWinsOverTheListeningAddress() {
        NetworkSettings settings = parse(Map.of("listen", "0.0.0.0", "public_base_url", "https://cabinet.example:8443/"));

        assertThat(PublicBaseUrl.of(settings)).isEqualTo(URI.create("https://cabinet.example:8443/"));
    }

    @Test
    void wrongProxiesAndNamesAreLeftOut() {
        NetworkSettings settings = parse(Map.of("trusted_proxies", "10.0.0.0/8, proxy.local, 2001:db8::/32",
                "certificate_names", "Cabinet.Example, -bad-, 192.168.1.10, a b"));

        assertThat(settings.proxies().ranges()).hasSize(2);
        assertThat(settings.certificateNames()).containsExactly("cabinet.example", "192.168.1.10");
    }

    @Test
    void theInstallersFilesAreReadFromCabinetsFolder() {
        NetworkSettings settings = parse(Map.of("listen", "0.0.0.0", "certificate_keystore", "etc/site.p12",
                "certificate_keystore_password_file", "/root/site.password"));

        assertThat(settings.certificate()).isEqualTo(new CertificateSource.Keystore(BASE.resolve("etc/site.p12"),
                Path.of("/root/site.password")));
    }
}
