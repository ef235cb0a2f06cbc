package org.cabinet.persistence.internal.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.SecretKey;

/**
 * A {@link KeyRing} as a PKCS#12 key store: each data key a secret-key entry under its key id,
 * the index key under {@code index}, the boot key of the embedded database under {@code database},
 * all protected by one password. The primary key id is kept outside (see {@link KeyStoreFile}).
 */
final class Pkcs12KeyRing {

    static final String DATA_ALIAS_PREFIX = "data-";

    private static final String STORE_TYPE = "PKCS12";
    private static final String INDEX_ALIAS = "index";
    private static final String DATABASE_ALIAS = "database";

    /** What the key store holds: the ring, and the database boot key (absent in key stores made before it existed). */
    record StoredKeys(KeyRing ring, SecretKey databaseKey) {
    }

    private Pkcs12KeyRing() {
    }

    static byte[] encode(StoredKeys keys, char[] password) throws IOException, GeneralSecurityException {
        KeyRing ring = keys.ring();
        KeyStore store = KeyStore.getInstance(STORE_TYPE);
        store.load(null, null);
        KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
        for (String keyId : ring.dataKeyIds()) {
            store.setEntry(keyId, new KeyStore.SecretKeyEntry(ring.dataKey(keyId).orElseThrow()), protection);
        }
        store.setEntry(INDEX_ALIAS, new KeyStore.SecretKeyEntry(ring.indexKey()), protection);
        store.setEntry(DATABASE_ALIAS, new KeyStore.SecretKeyEntry(keys.databaseKey()), protection);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        return bytes.toByteArray();
    }

    /**
     * @param file        where {@code bytes} were read, to name it in messages
     * @param passwordFile where {@code password} was read, to name it in messages
     * @throws KeyStoreFileException when the bytes do not open with the password or do not hold a ring
     */
    static StoredKeys decode(Path file, byte[] bytes, Path passwordFile, char[] password, String primaryKeyId) {
        KeyStore store = load(file, bytes, passwordFile, password);
        Map<String, SecretKey> dataKeys = new HashMap<>();
        SecretKey indexKey = null;
        SecretKey databaseKey = null;
        try {
            for (String alias : Collections.list(store.aliases())) {
                Key key = store.getKey(alias, password);
                if (!(key instanceof SecretKey) || !(alias.equals(INDEX_ALIAS) || alias.equals(DATABASE_ALIAS)
                        || alias.startsWith(DATA_ALIAS_PREFIX))) {
                    throw new KeyStoreFileException("The key store " + file + " has an unexpected entry " + alias
                            + "; it was not written by this version of Cabinet");
                } else if (alias.equals(INDEX_ALIAS)) {
                    indexKey = (SecretKey) key;
                } else if (alias.equals(DATABASE_ALIAS)) {
                    databaseKey = (SecretKey) key;
                } else {
                    dataKeys.put(alias, (SecretKey) key);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new KeyStoreFileException("Cannot read the keys of the key store " + file + ": " + e, e);
        }
        if (indexKey == null) {
            throw new KeyStoreFileException("The key store " + file + " has no index key; restore it from a backup");
        }
        try {
            return new StoredKeys(new KeyRing(primaryKeyId, dataKeys, indexKey), databaseKey);
        } catch (IllegalArgumentException e) {
            throw new KeyStoreFileException("The key store " + file + " does not hold a valid key ring: "
                    + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path file, byte[] bytes, Path passwordFile, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(STORE_TYPE);
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new KeyStoreFileException("The key store " + file + " does not open with the password in "
                        + passwordFile + "; restore both files from the same backup", e);
            }
            throw new KeyStoreFileException("The key store " + file
                    + " cannot be read: it is damaged or not a PKCS#12 file (" + e + ")", e);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreFileException("The key store " + file + " cannot be read: " + e, e);
        }
    }
}
