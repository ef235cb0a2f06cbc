package org.cabinet.persistence.internal.crypto;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cabinet.persistence.internal.crypto.TestKeys.NIR;
import static org.cabinet.persistence.internal.crypto.TestKeys.cipher;
import static org.cabinet.persistence.internal.crypto.TestKeys.ring;

import java.util.Base64;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.crypto.TamperedFieldException;
import org.junit.jupiter.api.Test;

/** Whatever is changed in a sealed value, it is refused, and the refusal reveals nothing of it. */
class TamperingTest {

    private static final String PREFIX = "v1.k1.";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final FieldCipher cipher = cipher(ring("k1", "k2"));
    private final String sealed = cipher.encrypt(NIR);
    private final byte[] payload = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));

    @Test
    void everyAlteredByteOfThePayloadIsRefused() {
        for (int i = 0; i < payload.length; i++) {
            for (int flip : new int[] { 0x01, 0x80, 0xFF }) {
                byte[] altered = payload.clone();
                altered[i] ^= (byte) flip;
                assertRefused(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(altered));
            }
        }
    }

    @Test
    void everyAlteredCharacterIsRefused() {
        for (int i = 0; i < sealed.length(); i++) {
            char original = sealed.charAt(i);
            for (char replacement : new char[] { next(original), '.', '=', 'é' }) {
                if (replacement != original) {
                    assertRefused(sealed.substring(0, i) + replacement + sealed.substring(i + 1));
                }
            }
        }
    }

    @Test
    void everyTruncationIsRefused() {
        for (int length = 0; length < sealed.length(); length++) {
            assertRefused(sealed.substring(0, length));
        }
    }

    @Test
    void anythingAppendedIsRefused() {
        for (String tail : new String[] { "A", "AA", "==", "\n", " ", ".k1" }) {
            assertRefused(sealed + tail);
        }
    }

    @Test
    void aChangedKeyIdIsRefused() {
        assertRefused(sealed.replace(PREFIX, "v1.k2."));
        assertRefused(sealed.replace(PREFIX, "v1.k3."));
    }

    private void assertRefused(String altered) {
        assertThatThrownBy(() -> cipher.decrypt(altered)).as(altered).isInstanceOf(TamperedFieldException.class)
                .message().doesNotContain(NIR).doesNotContain(sealed.substring(PREFIX.length(), PREFIX.length() + 8));
    }

    private static char next(char c) {
        int index = ALPHABET.indexOf(c);
        return index < 0 ? 'A' : ALPHABET.charAt((index + 1) % ALPHABET.length());
    }
}
