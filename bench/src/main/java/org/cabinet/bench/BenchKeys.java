package org.cabinet.bench;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import org.cabinet.api.crypto.FieldCipher;
// Cabinet's own cipher classes, on the plain class path: the benchmark measures what Cabinet runs.
import org.cabinet.persistence.internal.crypto.AesGcmFieldCipher;
import org.cabinet.persistence.internal.crypto.KeyRing;

/** Throw-away keys, made for one run and never written anywhere. */
final class BenchKeys {

    /** A key id of the form Cabinet's key store gives ({@code data-<yyyyMMdd-HHmmss>}), so sealed values have their real length. */
    private static final String KEY_ID = "data-20261128-000000";

    private final SecureRandom random = new SecureRandom();

    /** The field cipher as {@code KeyedFieldCipher} builds it: one AES-256 data key, an HMAC-SHA-256 index key. */
    FieldCipher fieldCipher() {
        KeyRing ring = new KeyRing(KEY_ID, Map.of(KEY_ID, newKey("AES")), newKey("HmacSHA256"));
        return new AesGcmFieldCipher(ring, random);
    }

    /** A 256-bit key in hexadecimal (64 characters), for Derby's {@code encryptionKey} attribute. */
    String derbyEncryptionKey() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    private SecretKey newKey(String algorithm) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(algorithm);
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make " + algorithm + " keys", e);
        }
    }
}
