package org.cabinet.persistence.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.cabinet.api.crypto.TamperedFieldException;

/**
 * The text form of a sealed field value, {@code v1.<key id>.<payload>}; the layout is described
 * on {@link AesGcmFieldCipher}. Parsing checks the form only: authenticity is the cipher's job.
 */
final class SealedValue {

    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;

    private static final String VERSION = "v1";
    private static final char SEPARATOR = '.';
    private static final String PREFIX = VERSION + SEPARATOR;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final String keyId;
    private final byte[] payload;

    private SealedValue(String keyId, byte[] payload) {
        this.keyId = keyId;
        this.payload = payload;
    }

    static SealedValue of(String keyId, byte[] iv, byte[] ciphertextAndTag) {
        byte[] payload = Arrays.copyOf(iv, iv.length + ciphertextAndTag.length);
        System.arraycopy(ciphertextAndTag, 0, payload, iv.length, ciphertextAndTag.length);
        return new SealedValue(keyId, payload);
    }

    /**
     * @param keys the ring the value is meant for, so that messages may name a key id it holds
     * @throws TamperedFieldException when {@code text} is not in this form
     */
    static SealedValue parse(String text, KeyRing keys) {
        int keyEnd = text.startsWith(PREFIX) ? text.indexOf(SEPARATOR, PREFIX.length()) : -1;
        if (keyEnd < 0) {
            throw new TamperedFieldException("Not a sealed field value: expected " + PREFIX + "<key id>.<payload>");
        }
        String keyId = text.substring(PREFIX.length(), keyEnd);
        if (!KeyRing.isValidKeyId(keyId)) {
            throw new TamperedFieldException("Sealed field value with a malformed key id");
        }
        // A malformed value may be plaintext stored before encryption was on, so its middle part is
        // named only when it is one of our key ids, and never otherwise.
        String subject = keys.dataKey(keyId).isPresent() ? describe(keyId) : "Sealed field value";
        byte[] payload = decodeCanonical(text.substring(keyEnd + 1));
        if (payload == null) {
            throw new TamperedFieldException(subject + " has a payload that is not unpadded base64url");
        }
        if (payload.length < IV_BYTES + TAG_BYTES) {
            throw new TamperedFieldException(subject + " is truncated");
        }
        return new SealedValue(keyId, payload);
    }

    /** How exception messages name a value: by its key id, the one part of it that is not secret. */
    static String describe(String keyId) {
        return "Sealed field value under key " + keyId;
    }

    /** The GCM associated data of a value sealed under {@code keyId}: binds the version and key id to it. */
    static byte[] header(String keyId) {
        return (PREFIX + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    String keyId() {
        return keyId;
    }

    byte[] header() {
        return header(keyId);
    }

    byte[] iv() {
        return Arrays.copyOf(payload, IV_BYTES);
    }

    byte[] ciphertextAndTag() {
        return Arrays.copyOfRange(payload, IV_BYTES, payload.length);
    }

    String text() {
        return PREFIX + keyId + SEPARATOR + ENCODER.encodeToString(payload);
    }

    private static byte[] decodeCanonical(String encoded) {
        try {
            byte[] decoded = DECODER.decode(encoded);
            // The decoder accepts padding and ignores the spare low bits of a last character, so
            // several texts would open to the same value; re-encoding keeps exactly one valid form.
            return ENCODER.encodeToString(decoded).equals(encoded) ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
