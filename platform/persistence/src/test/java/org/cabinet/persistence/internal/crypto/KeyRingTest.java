package org.cabinet.persistence.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cabinet.persistence.internal.crypto.TestKeys.aesKey;
import static org.cabinet.persistence.internal.crypto.TestKeys.indexKey;

import java.util.HashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class KeyRingTest {

    @Test
    void thePrimaryKeyMustBeHeld() {
        assertThatThrownBy(() -> new KeyRing("k2", Map.of("k1", aesKey()), indexKey()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k2");
    }

    @Test
    void dataKeysMustBe256BitAes() {
        assertThatThrownBy(() -> new KeyRing("k1", Map.of("k1", aesKey(128)), indexKey()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256-bit AES");
        assertThatThrownBy(() -> new KeyRing("k1", Map.of("k1", new SecretKeySpec(new byte[32], "HmacSHA256")), indexKey()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256-bit AES");
    }

    @Test
    void theIndexKeyMustBeAtLeast256Bits() {
        assertThatThrownBy(() -> new KeyRing("k1", Map.of("k1", aesKey()), new SecretKeySpec(new byte[16], "HmacSHA256")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index key");
    }

    @Test
    void keyIdsCannotHoldTheSeparatorOfSealedValues() {
        assertThat(KeyRing.isValidKeyId("data-20261128-151500-2")).isTrue();
        assertThat(KeyRing.isValidKeyId("data.2026")).isFalse();
        assertThat(KeyRing.isValidKeyId("")).isFalse();
        assertThatThrownBy(() -> new KeyRing("a.b", Map.of("a.b", aesKey()), indexKey()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRingDoesNotChangeWithTheMapItWasMadeFrom() {
        Map<String, SecretKey> keys = new HashMap<>(Map.of("k1", aesKey()));
        KeyRing ring = new KeyRing("k1", keys, indexKey());
        keys.put("k2", aesKey());

        assertThat(ring.dataKeyIds()).containsExactly("k1");
    }

    @Test
    void aNewPrimaryKeepsTheOlderKeysAndTheIndexKey() {
        KeyRing ring = TestKeys.ring("k1");
        KeyRing rotated = ring.withNewPrimary("k2", aesKey());

        assertThat(rotated.primaryKeyId()).isEqualTo("k2");
        assertThat(rotated.dataKeyIds()).containsExactly("k1", "k2");
        assertThat(rotated.dataKey("k1")).contains(ring.primaryKey());
        assertThat(rotated.indexKey()).isSameAs(ring.indexKey());
        assertThat(ring.dataKeyIds()).containsExactly("k1");
    }

    @Test
    void retiringRefusesThePrimaryAndUnknownKeys() {
        KeyRing ring = TestKeys.ring("k2", "k1");

        assertThat(ring.withoutDataKey("k1").dataKeyIds()).containsExactly("k2");
        assertThatThrownBy(() -> ring.withoutDataKey("k2")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k2 is the primary key");
        assertThatThrownBy(() -> ring.withoutDataKey("k9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k9");
    }

    @Test
    void itsTextNamesKeysButShowsNoMaterial() {
        assertThat(TestKeys.ring("k2", "k1")).hasToString("KeyRing[primary=k2, data keys=[k1, k2]]");
    }
}
