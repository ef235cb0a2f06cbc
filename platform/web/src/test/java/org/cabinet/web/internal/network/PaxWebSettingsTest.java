package org.cabinet.web.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class PaxWebSettingsTest {

    private static final Path KEYSTORE = Path.of("/opt/cabinet/keys/cabinet-https.p12");

    private static Map<String, String> of(Map<String, Object> values) {
        NetworkSettings settings = NetworkSettings.parse(NetworkConfigs.of(values), Path.of("/opt/cabinet"));
        return PaxWebSettings.of(settings, KEYSTORE, settings.open() ? "AB:CD" : null);
    }

    @Test
    void onLoopbackPlainHttpAndNoHttps() {
        Map<String, String> wanted = of(Map.of("http_port", 8282));

        assertThat(wanted).containsEntry(PaxWebSettings.LISTENING_ADDRESSES, "127.0.0.1")
                .containsEntry(PaxWebSettings.HTTP_ENABLED, "true")
                .containsEntry(PaxWebSettings.HTTP_PORT, "8282")
                .containsEntry(PaxWebSettings.HTTPS_ENABLED, "false")
                .containsEntry(PaxWebSettings.KEYSTORE_PASSWORD, null);
    }

    @Test
    void openToTheNetworkHttpsOnlyWithThePasswordLeftInTheKeysFolder() {
        Map<String, String> wanted = of(Map.of("listen", "0.0.0.0", "https_port", 9443));

        assertThat(wanted).containsEntry(PaxWebSettings.LISTENING_ADDRESSES, "0.0.0.0")
                .containsEntry(PaxWebSettings.HTTP_ENABLED, "false")
                .containsEntry(PaxWebSettings.HTTPS_ENABLED, "true")
                .containsEntry(PaxWebSettings.HTTPS_PORT, "9443")
                .containsEntry(PaxWebSettings.KEYSTORE, KEYSTORE.toString())
                .containsEntry(PaxWebSettings.KEYSTORE_PASSWORD, "$[secret:cabinet-https.password]")
                .containsEntry(PaxWebSettings.FINGERPRINT, "AB:CD");
    }

    @Test
    void plainHttpIsNeverServedOnAnythingButLoopback() {
        List<Map<String, Object>> inputs = List.of(Map.of(), Map.of("listen", "0.0.0.0"), Map.of("listen", "::"),
                Map.of("listen", "127.0.0.1,192.168.1.10"), Map.of("listen", "192.168.1.10", "http_port", -1),
                Map.of("listen", "bogus"), Map.of("listen", "0.0.0.0", "http_port", 8443),
                Map.of("listen", "0.0.0.0", "certificate_keystore", "x"));
        assertThat(inputs).allSatisfy(input -> {
            Map<String, String> wanted = of(input);
            if (Boolean.parseBoolean(wanted.get(PaxWebSettings.HTTP_ENABLED))) {
                assertThat(wanted.get(PaxWebSettings.LISTENING_ADDRESSES).split(",")).as("%s", input)
                        .allSatisfy(address -> assertThat(IpAddresses.parse(address).orElseThrow().isLoopbackAddress()).isTrue());
            }
        });
    }

    @Test
    void onlyWhatDiffersIsWrittenAndTheRestOfPaxWebsSettingsIsKept() throws Exception {
        Hashtable<String, Object> stored = new Hashtable<>(Map.of(PaxWebSettings.LISTENING_ADDRESSES, "127.0.0.1",
                PaxWebSettings.HTTP_ENABLED, "true", PaxWebSettings.HTTP_PORT, "8181",
                PaxWebSettings.HTTPS_ENABLED, "false", "org.ops4j.pax.web.server.showStacks", "false"));
        AtomicInteger updates = new AtomicInteger();
        ConfigurationAdmin admin = admin(stored, updates);

        assertThat(PaxWebSettings.apply(admin, of(Map.of()))).isEmpty();
        assertThat(updates).hasValue(0);

        assertThat(PaxWebSettings.apply(admin, of(Map.of("listen", "0.0.0.0")))).contains(
                PaxWebSettings.LISTENING_ADDRESSES, PaxWebSettings.HTTP_ENABLED, PaxWebSettings.KEYSTORE);
        assertThat(updates).hasValue(1);
        assertThat(stored).containsEntry("org.ops4j.pax.web.server.showStacks", "false")
                .containsEntry(PaxWebSettings.HTTP_ENABLED, "false");

        assertThat(PaxWebSettings.apply(admin, of(Map.of()))).contains(PaxWebSettings.KEYSTORE);
        assertThat(stored).doesNotContainKey(PaxWebSettings.KEYSTORE).containsEntry(PaxWebSettings.HTTP_ENABLED, "true");
    }

    /** Configuration Admin holding one configuration, {@code stored}. */
    private static ConfigurationAdmin admin(Hashtable<String, Object> stored, AtomicInteger updates) {
        Configuration configuration = (Configuration) Proxy.newProxyInstance(Configuration.class.getClassLoader(),
                new Class<?>[] { Configuration.class }, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getProperties" -> new Hashtable<>(stored);
                    case "update" -> {
                        @SuppressWarnings("unchecked")
                        Dictionary<String, Object> properties = (Dictionary<String, Object>) arguments[0];
                        stored.clear();
                        java.util.Collections.list(properties.keys()).forEach(key -> stored.put(key, properties.get(key)));
                        updates.incrementAndGet();
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ConfigurationAdmin) Proxy.newProxyInstance(ConfigurationAdmin.class.getClassLoader(),
                new Class<?>[] { ConfigurationAdmin.class }, (proxy, method, arguments) -> configuration);
    }
}
