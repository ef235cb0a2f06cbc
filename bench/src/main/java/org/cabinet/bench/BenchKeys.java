package org.cabinet.bench;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.crypto.Signatures;
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

    /** Signatures as Cabinet's: HMAC-SHA-256 under a key of the key store's, here a new one. */
    Signatures signatures() {
        SecretKey key = newKey("HmacSHA256");
        return new Signatures() {
            @Override
            public String sign(byte[] content) {
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(key);
                    return "v1.bench." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(content));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("This JVM cannot compute HMAC-SHA-256", e);
                }
            }

            @Override
            public boolean verify(byte[] content, String signature) {
                return sign(content).equals(signature);
            }
        };
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
