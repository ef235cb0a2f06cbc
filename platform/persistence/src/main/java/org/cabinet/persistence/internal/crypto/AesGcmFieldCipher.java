package org.cabinet.persistence.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.crypto.TamperedFieldException;

/**
 * Seals field values with AES-256-GCM under the primary key of a {@link KeyRing}, and opens them
 * under whichever key of the ring they name.
 * <p>
 * A sealed value is ASCII text, safe in a VARCHAR column:
 * <pre>
 * v1.&lt;key id&gt;.&lt;payload&gt;
 * payload = base64url without padding of  IV (12 random bytes) || ciphertext || GCM tag (16 bytes)
 * </pre>
 * The plaintext is UTF-8. The header {@code v1.<key id>} is the GCM associated data, so a value
 * relabelled with another key id or version fails authentication; key ids never contain a dot
 * ({@link KeyRing#isValidKeyId}). A sealed value is
 * {@code 4 + length(key id) + ceil((28 + UTF-8 bytes of the plaintext) * 4 / 3)} characters long:
 * 82 for a NIR under a 20-character key id such as {@code data-20261128-151500}.
 * <p>
 * Blind indexes are HMAC-SHA-256 under the ring's index key, in base64url without padding
 * (43 characters).
 * <p>
 * Thread-safe: the ring is immutable and every call uses its own {@link Cipher} or {@link Mac}.
 * A rotation gives a new ring, and so a new cipher.
 */
public final class AesGcmFieldCipher implements FieldCipher {

    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final String HMAC_SHA_256 = "HmacSHA256";
    private static final Base64.Encoder INDEX_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final KeyRing keys;
    private final SecureRandom random;

    public AesGcmFieldCipher(KeyRing keys, SecureRandom random) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @return the text every value sealed under {@code keyId} starts with, for queries that select them */
    public static String sealedPrefix(String keyId) {
        return new String(SealedValue.header(keyId), StandardCharsets.US_ASCII) + ".";
    }

    @Override
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[SealedValue.IV_BYTES];
        random.nextBytes(iv);
        String keyId = keys.primaryKeyId();
        try {
            Cipher cipher = gcm(Cipher.ENCRYPT_MODE, keys.primaryKey(), iv, SealedValue.header(keyId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return SealedValue.of(keyId, iv, sealed).text();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing under key " + keyId + " failed in this JVM", e);
        }
    }

    @Override
    public String decrypt(String sealed) {
        if (sealed == null) {
            return null;
        }
        SealedValue value = SealedValue.parse(sealed, keys);
        SecretKey key = keys.dataKey(value.keyId()).orElseThrow(() -> new TamperedFieldException(
                SealedValue.describe(value.keyId()) + " cannot be opened: this installation does not hold that key"));
        try {
            Cipher cipher = gcm(Cipher.DECRYPT_MODE, key, value.iv(), value.header());
            return new String(cipher.doFinal(value.ciphertextAndTag()), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new TamperedFieldException(SealedValue.describe(value.keyId())
                    + " failed authentication: it was altered, or relabelled from another key");
        } catch (GeneralSecurityException e) {
            throw new TamperedFieldException(SealedValue.describe(value.keyId()) + " cannot be opened", e);
        }
    }

    @Override
    public String blindIndex(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(HMAC_SHA_256);
            mac.init(keys.indexKey());
            return INDEX_ENCODER.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 indexing failed in this JVM", e);
        }
    }

    /**
     * Reads the key id only, without authenticating the value: {@link #decrypt} does that when
     * the value is re-encrypted. A {@code null} field has nothing to re-encrypt.
     *
     * @throws TamperedFieldException when {@code sealed} is not a sealed value
     */
    @Override
    public boolean needsReencryption(String sealed) {
        return sealed != null && !SealedValue.parse(sealed, keys).keyId().equals(keys.primaryKeyId());
    }

    private static Cipher gcm(int mode, SecretKey key, byte[] iv, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(AES_GCM);
        cipher.init(mode, key, new GCMParameterSpec(SealedValue.TAG_BYTES * 8, iv));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
