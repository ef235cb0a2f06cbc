package org.cabinet.persistence.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabinet.persistence.internal.crypto.TestKeys.NIR;
import static org.cabinet.persistence.internal.crypto.TestKeys.cipher;
import static org.cabinet.persistence.internal.crypto.TestKeys.ring;

import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final KeyRing ring = ring("k1");

    @Test
    void theSameValueAlwaysGivesTheSameIndexOnOneRing() {
        assertThat(cipher(ring).blindIndex(NIR)).isEqualTo(cipher(ring).blindIndex(NIR));
    }

    @Test
    void anotherRingGivesAnotherIndex() {
        assertThat(cipher(ring).blindIndex(NIR)).isNotEqualTo(cipher(ring("k1")).blindIndex(NIR));
    }

    @Test
    void anotherValueGivesAnotherIndex() {
        assertThat(cipher(ring).blindIndex(NIR)).isNotEqualTo(cipher(ring).blindIndex("255081416802539"));
    }

    @Test
    void indexIsUnpaddedBase64urlOfAnHmacSha256AndHidesTheValue() {
        assertThat(cipher(ring).blindIndex(NIR)).matches("[A-Za-z0-9_-]{43}").doesNotContain(NIR);
    }

    @Test
    void aDataKeyRotationKeepsTheIndexes() {
        KeyRing rotated = ring.withNewPrimary("k2", TestKeys.aesKey());

        assertThat(cipher(rotated).blindIndex(NIR)).isEqualTo(cipher(ring).blindIndex(NIR));
    }
}
