package org.cabinet.web.internal.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The settings of Pax Web's web server ({@code etc/org.ops4j.pax.web.cfg}) that follow from Cabinet's network
 * settings. On 127.0.0.1 it serves plain HTTP; open to the network it serves HTTPS only, so that no answer can ever
 * go to the network in clear: plain HTTP is then left to the redirect alone.
 */
public final class PaxWebSettings {

    public static final String PID = "org.ops4j.pax.web";
    static final String LISTENING_ADDRESSES = "org.ops4j.pax.web.listening.addresses";
    static final String HTTP_ENABLED = "org.osgi.service.http.enabled";
    static final String HTTP_PORT = "org.osgi.service.http.port";
    static final String HTTPS_ENABLED = "org.osgi.service.http.secure.enabled";
    static final String HTTPS_PORT = "org.osgi.service.http.port.secure";
    static final String KEYSTORE = "org.ops4j.pax.web.ssl.keystore";
    static final String KEYSTORE_TYPE = "org.ops4j.pax.web.ssl.keystore.type";
    static final String KEYSTORE_PASSWORD = "org.ops4j.pax.web.ssl.keystore.password";
    static final String KEY_PASSWORD = "org.ops4j.pax.web.ssl.key.password";
    static final String KEY_ALIAS = "org.ops4j.pax.web.ssl.key.alias";
    /** Not Pax Web's: a new certificate changes it, and so makes the web server read its keystore again. */
    static final String FINGERPRINT = "org.cabinet.https.fingerprint";
    /** Read by Configuration Admin's interpolation plugin from the keys folder: the password is never in etc/. */
    static final String PASSWORD_REFERENCE = "$[secret:" + HttpsKeystore.PASSWORD_SECRET + "]";

    private PaxWebSettings() {
    }

    /**
     * @param keystore    the HTTPS keystore, when open to the network
     * @param fingerprint the fingerprint of the certificate it holds, when open to the network
     * @return every setting Cabinet owns, null for those that must be absent
     */
    public static Map<String, String> of(NetworkSettings settings, Path keystore, String fingerprint) {
        boolean open = settings.open();
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put(LISTENING_ADDRESSES, settings.listen().stream().map(IpAddresses::text).collect(Collectors.joining(",")));
        wanted.put(HTTP_ENABLED, String.valueOf(!open));
        wanted.put(HTTP_PORT, String.valueOf(settings.httpPort()));
        wanted.put(HTTPS_ENABLED, String.valueOf(open));
        wanted.put(HTTPS_PORT, open ? String.valueOf(settings.httpsPort()) : null);
        wanted.put(KEYSTORE, open ? keystore.toString() : null);
        wanted.put(KEYSTORE_TYPE, open ? "PKCS12" : null);
        wanted.put(KEYSTORE_PASSWORD, open ? PASSWORD_REFERENCE : null);
        wanted.put(KEY_PASSWORD, open ? PASSWORD_REFERENCE : null);
        wanted.put(KEY_ALIAS, open ? HttpsKeystore.ALIAS : null);
        wanted.put(FINGERPRINT, open ? fingerprint : null);
        return Collections.unmodifiableMap(wanted);
    }

    /**
     * Puts {@code wanted} into Pax Web's configuration, which restarts its web server when anything changed.
     *
     * @return the keys that had another value
     */
    public static List<String> apply(ConfigurationAdmin admin, Map<String, String> wanted) throws IOException {
        // "?": the configuration stays Pax Web's, whichever bundle writes it
        Configuration configuration = admin.getConfiguration(PID, "?");
        Dictionary<String, Object> current = configuration.getProperties();
        Hashtable<String, Object> updated = new Hashtable<>();
        if (current != null) {
            Collections.list(current.keys()).forEach(key -> updated.put(key, current.get(key)));
        }
        List<String> changed = new ArrayList<>();
        wanted.forEach((key, value) -> {
            Object present = updated.get(key);
            if (value == null ? present != null : !value.equals(present == null ? null : String.valueOf(present))) {
                changed.add(key);
                if (value == null) {
                    updated.remove(key);
                } else {
                    updated.put(key, value);
                }
            }
        });
        if (!changed.isEmpty()) {
            configuration.update(updated);
        }
        return changed;
    }
}
