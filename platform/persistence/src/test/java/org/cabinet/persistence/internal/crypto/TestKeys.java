package org.cabinet.persistence.internal.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Fresh keys and rings for tests. */
final class TestKeys {

    /** A NIR (French social security number) as a patient's file would hold it. */
    static final String NIR = "255081416802538";

    private TestKeys() {
    }

    static SecretKey aesKey() {
        return newKey("AES", 256);
    }

    static SecretKey aesKey(int bits) {
        return newKey("AES", bits);
    }

    static SecretKey indexKey() {
        return newKey("HmacSHA256", 256);
    }

    /** A ring with a fresh key under each id, the first one primary. */
    static KeyRing ring(String primaryKeyId, String... olderKeyIds) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put(primaryKeyId, aesKey());
        for (String keyId : olderKeyIds) {
            keys.put(keyId, aesKey());
        }
        return new KeyRing(primaryKeyId, keys, indexKey());
    }

    /** A ring whose two ids hold the same key material. */
    static KeyRing twinRing(String primaryKeyId, String twinKeyId) {
        byte[] material = aesKey().getEncoded();
        return new KeyRing(primaryKeyId, Map.of(primaryKeyId, new SecretKeySpec(material, "AES"),
                twinKeyId, new SecretKeySpec(material, "AES")), indexKey());
    }

    static AesGcmFieldCipher cipher(KeyRing ring) {
        return new AesGcmFieldCipher(ring, new SecureRandom());
    }

    private static SecretKey newKey(String algorithm, int bits) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(algorithm);
            generator.init(bits);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
