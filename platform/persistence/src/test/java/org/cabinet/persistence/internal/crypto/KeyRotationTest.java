package org.cabinet.persistence.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabinet.persistence.internal.crypto.TestKeys.NIR;
import static org.cabinet.persistence.internal.crypto.TestKeys.cipher;
import static org.cabinet.persistence.internal.crypto.TestKeys.ring;

import org.cabinet.api.crypto.FieldCipher;
import org.junit.jupiter.api.Test;

class KeyRotationTest {

    private final KeyRing before = ring("k1");
    private final KeyRing after = before.withNewPrimary("k2", TestKeys.aesKey());
    private final String sealedBefore = cipher(before).encrypt(NIR);
    private final FieldCipher rotated = cipher(after);

    @Test
    void valuesSealedUnderTheOldKeyStillOpen() {
        assertThat(rotated.decrypt(sealedBefore)).isEqualTo(NIR);
    }

    @Test
    void newValuesAreSealedUnderTheNewKey() {
        assertThat(rotated.encrypt(NIR)).startsWith("v1.k2.");
    }

    @Test
    void onlyValuesUnderAnOlderKeyNeedReencryption() {
        assertThat(rotated.needsReencryption(sealedBefore)).isTrue();
        assertThat(rotated.needsReencryption(rotated.encrypt(NIR))).isFalse();
    }

    @Test
    void reencryptionMovesAValueToTheNewKey() {
        String reencrypted = rotated.encrypt(rotated.decrypt(sealedBefore));

        assertThat(rotated.needsReencryption(reencrypted)).isFalse();
        assertThat(rotated.decrypt(reencrypted)).isEqualTo(NIR);
    }
}
