package org.cabinet.persistence.internal.crypto;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;

/**
 * The keys of one installation: the AES-256 data keys that seal field values, every one still
 * held so that older values stay readable, one of them primary (new values are sealed under it),
 * and the HMAC key of the blind indexes. Immutable: a rotation gives a new ring.
 */
public final class KeyRing {

    /** Letters, digits, {@code -} and {@code _}: a key id is written into sealed values, whose parts are separated by dots. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int AES_256_BYTES = 32;
    private static final int MIN_INDEX_KEY_BYTES = 32;

    private final String primaryKeyId;
    private final SortedMap<String, SecretKey> dataKeys;
    // Never rotated: a blind index is compared, never opened, so under a new index key every stored
    // index would stop matching until each value had been decrypted and indexed again.
    private final SecretKey indexKey;

    /**
     * @param primaryKeyId the id of the data key new values are sealed under; one of {@code dataKeys}
     * @param dataKeys     every data key still held, by id; 256-bit AES keys
     * @param indexKey     the HMAC-SHA-256 key of blind indexes, at least 256 bits
     * @throws IllegalArgumentException when a key id, a key or the primary id does not qualify
     */
    public KeyRing(String primaryKeyId, Map<String, SecretKey> dataKeys, SecretKey indexKey) {
        Objects.requireNonNull(primaryKeyId, "primaryKeyId");
        Objects.requireNonNull(indexKey, "indexKey");
        dataKeys.forEach(KeyRing::requireAes256);
        if (!dataKeys.containsKey(primaryKeyId)) {
            throw new IllegalArgumentException("The primary key " + primaryKeyId + " is not among the data keys "
                    + dataKeys.keySet());
        }
        if (encodedLength(indexKey) < MIN_INDEX_KEY_BYTES) {
            throw new IllegalArgumentException("The index key must be at least " + MIN_INDEX_KEY_BYTES * 8 + " bits long");
        }
        this.primaryKeyId = primaryKeyId;
        this.dataKeys = Collections.unmodifiableSortedMap(new TreeMap<>(dataKeys));
        this.indexKey = indexKey;
    }

    /** Whether {@code keyId} may name a data key. */
    public static boolean isValidKeyId(String keyId) {
        return keyId != null && KEY_ID.matcher(keyId).matches();
    }

    public String primaryKeyId() {
        return primaryKeyId;
    }

    public SecretKey primaryKey() {
        return dataKeys.get(primaryKeyId);
    }

    public Optional<SecretKey> dataKey(String keyId) {
        return Optional.ofNullable(dataKeys.get(keyId));
    }

    /** @return the ids of every data key held, in ascending order */
    public List<String> dataKeyIds() {
        return List.copyOf(dataKeys.keySet());
    }

    public SecretKey indexKey() {
        return indexKey;
    }

    /** @return this ring plus {@code key}, which becomes primary; the other keys stay */
    public KeyRing withNewPrimary(String keyId, SecretKey key) {
        if (dataKeys.containsKey(keyId)) {
            throw new IllegalArgumentException("The ring already holds a data key " + keyId);
        }
        SortedMap<String, SecretKey> keys = new TreeMap<>(dataKeys);
        keys.put(keyId, key);
        return new KeyRing(keyId, keys, indexKey);
    }

    /**
     * @return this ring without the data key {@code keyId}
     * @throws IllegalStateException    when it is the primary key
     * @throws IllegalArgumentException when the ring does not hold it
     */
    public KeyRing withoutDataKey(String keyId) {
        if (keyId.equals(primaryKeyId)) {
            throw new IllegalStateException("The data key " + keyId
                    + " is the primary key and cannot be retired: rotate to a new key and re-encrypt first");
        }
        if (!dataKeys.containsKey(keyId)) {
            throw new IllegalArgumentException("There is no data key " + keyId + " to retire; held: " + dataKeys.keySet());
        }
        SortedMap<String, SecretKey> keys = new TreeMap<>(dataKeys);
        keys.remove(keyId);
        return new KeyRing(primaryKeyId, keys, indexKey);
    }

    @Override
    public String toString() {
        return "KeyRing[primary=" + primaryKeyId + ", data keys=" + dataKeys.keySet() + "]";
    }

    private static void requireAes256(String keyId, SecretKey key) {
        if (!isValidKeyId(keyId)) {
            throw new IllegalArgumentException("A data key id must be 1 to 64 letters, digits, '-' or '_'");
        }
        if (key == null || !"AES".equalsIgnoreCase(key.getAlgorithm()) || encodedLength(key) != AES_256_BYTES) {
            throw new IllegalArgumentException("The data key " + keyId + " is not a 256-bit AES key");
        }
    }

    private static int encodedLength(SecretKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            return 0;
        }
        Arrays.fill(encoded, (byte) 0);
        return encoded.length;
    }
}
