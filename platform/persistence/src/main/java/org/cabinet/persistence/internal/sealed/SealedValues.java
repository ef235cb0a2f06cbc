package org.cabinet.persistence.internal.sealed;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.persistence.internal.InstallationKeys;
import org.cabinet.persistence.internal.crypto.AesGcmFieldCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored side of key rotation: how many values each data key seals, re-encryption of every registered
 * sealed column under the primary key (started in the background after a rotation, or run at once from the
 * console), and the retirement of a key once no value needs it.
 */
@Component(service = SealedValues.class)
public final class SealedValues {

    /** key under which {@link #valuesByKey()} counts values sealed under no key this installation holds */
    public static final String UNKNOWN_KEY = "(other)";

    private static final Logger LOG = LoggerFactory.getLogger(SealedValues.class);

    private final InstallationKeys keys;
    private final DataSource dataSource;
    private final SealedColumns columns;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cabinet-reencryption");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public SealedValues(@Reference InstallationKeys keys,
            @Reference(target = CabinetPersistence.DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference SealedColumns columns) {
        this.keys = keys;
        this.dataSource = dataSource;
        this.columns = columns;
    }

    @Deactivate
    void deactivate() {
        background.shutdownNow();
    }

    /** A new primary key, then the re-encryption of every older value in the background. */
    public String rotate() {
        String primary = keys.rotate();
        background.execute(() -> {
            try {
                reencrypt();
            } catch (SQLException | RuntimeException e) {
                LOG.error("Re-encryption after the rotation to {} stopped: {}; run cabinet:keys-reencrypt", primary,
                        e.getMessage());
            }
        });
        return primary;
    }

    /**
     * Re-encrypts, under the primary key, every value of every registered column sealed under another key.
     * Serialised: a second call waits for the first.
     *
     * @return what was done, per column
     */
    public synchronized List<ReencryptionOutcome> reencrypt() throws SQLException {
        AesGcmFieldCipher cipher = new AesGcmFieldCipher(keys.keyRing(), new SecureRandom());
        String prefix = prefix(keys.primaryKeyId());
        List<ReencryptionOutcome> outcomes = new ArrayList<>();
        for (SealedColumn column : columns.all()) {
            ReencryptionOutcome outcome = new Reencryption(dataSource, column).run(cipher, prefix);
            if (outcome.resealed() > 0 || outcome.unreadable() > 0) {
                LOG.info("Re-encrypted {} values of {} under {} ({} unreadable)", outcome.resealed(), column,
                        keys.primaryKeyId(), outcome.unreadable());
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** @return for each data key held, oldest first, how many stored values it seals; then {@link #UNKNOWN_KEY} */
    public Map<String, Long> valuesByKey() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.dataKeyIds().forEach(id -> counts.put(id, 0L));
        long total = 0;
        for (SealedColumn column : columns.all()) {
            Reencryption values = new Reencryption(dataSource, column);
            total += values.countAll();
            for (String keyId : keys.dataKeyIds()) {
                counts.merge(keyId, values.count(prefix(keyId)), Long::sum);
            }
        }
        long known = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.put(UNKNOWN_KEY, total - known);
        return counts;
    }

    /**
     * Removes a data key for good, once no stored value, in any registered column of any bundle (installed or
     * removed), is sealed under it.
     *
     * @throws IllegalStateException when it is the primary key or values still need it
     */
    public synchronized void retire(String keyId) throws SQLException {
        if (keyId.equals(keys.primaryKeyId())) {
            throw new IllegalStateException("The data key " + keyId + " is the primary key and cannot be retired");
        }
        if (!keys.dataKeyIds().contains(keyId)) {
            throw new IllegalArgumentException("There is no data key " + keyId + "; held: " + keys.dataKeyIds());
        }
        long remaining = valuesByKey().get(keyId);
        if (remaining > 0) {
            throw new IllegalStateException(remaining + " stored values are still sealed under " + keyId
                    + ": run cabinet:keys-reencrypt first");
        }
        keys.retire(keyId);
    }

    private static String prefix(String keyId) {
        return AesGcmFieldCipher.sealedPrefix(keyId);
    }
}
