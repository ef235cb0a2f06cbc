package org.cabinet.persistence.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cabinet.persistence.internal.crypto.TestKeys.NIR;
import static org.cabinet.persistence.internal.crypto.TestKeys.cipher;
import static org.cabinet.persistence.internal.crypto.TestKeys.ring;

import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.crypto.TamperedFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AesGcmFieldCipherTest {

    private static final String HELENE = "Hélène Lefèvre-Çaër, née à Besançon — œdème, 37,5 °C";

    private final FieldCipher cipher = cipher(ring("k1"));

    @ParameterizedTest
    @ValueSource(strings = { NIR, HELENE, "", " ", "Ligne 1\nLigne 2\t😷" })
    void opensWhatItSealed(String plaintext) {
        assertThat(cipher.decrypt(cipher.encrypt(plaintext))).isEqualTo(plaintext);
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.blindIndex(null)).isNull();
        assertThat(cipher.needsReencryption(null)).isFalse();
    }

    @Test
    void theSameValueSealsDifferentlyEachTime() {
        assertThat(cipher.encrypt(NIR)).isNotEqualTo(cipher.encrypt(NIR));
    }

    @Test
    void sealedTextIsAsciiNamingItsKeyAndHidingTheValue() {
        String sealed = cipher.encrypt(NIR);

        assertThat(sealed).matches("v1\\.k1\\.[A-Za-z0-9_-]+").hasSize(4 + 2 + 58);
        assertThat(sealed).doesNotContain(NIR)
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(NIR.getBytes()).substring(0, 12));
    }

    @Test
    void aValueUnderAKeyTheRingDoesNotHoldIsRefusedNamingTheKey() {
        String sealed = cipher(ring("k0")).encrypt(NIR);

        assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(TamperedFieldException.class)
                .hasMessageContaining("k0").hasMessageContaining("does not hold");
    }

    @Test
    void aValueRelabelledToAnotherKeyIdIsRefusedEvenWithTheSameKeyMaterial() {
        FieldCipher twins = cipher(TestKeys.twinRing("k1", "k2"));
        String relabelled = twins.encrypt(NIR).replace("v1.k1.", "v1.k2.");

        assertThatThrownBy(() -> twins.decrypt(relabelled)).isInstanceOf(TamperedFieldException.class)
                .hasMessageContaining("k2").hasMessageContaining("failed authentication");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", NIR, "Hélène Lefèvre", "v1", "v1.", "v1.k1", "v1.k1.", "v2.k1.AAAA", "V1.k1.AAAA",
            "v1.k 1.AAAA", "v1..AAAA", "v1.k1.AAAA=", "v1.k1.Hélène", "v1.k1.a.b", "{\"nir\":\"255081416802538\"}" })
    void garbageIsRefused(String garbage) {
        assertThatThrownBy(() -> cipher.decrypt(garbage)).isInstanceOf(TamperedFieldException.class);
        assertThatThrownBy(() -> cipher.needsReencryption(garbage)).isInstanceOf(TamperedFieldException.class);
    }

    @Test
    void aDamagedValueIsRefusedNamingTheProblemAndItsKey() {
        String sealed = cipher.encrypt(NIR);

        assertThatThrownBy(() -> cipher.decrypt(sealed.substring(0, 30))).isInstanceOf(TamperedFieldException.class)
                .hasMessage("Sealed field value under key k1 is truncated");
        assertThatThrownBy(() -> cipher.decrypt(sealed + "=")).isInstanceOf(TamperedFieldException.class)
                .hasMessage("Sealed field value under key k1 has a payload that is not unpadded base64url");
    }

    @Test
    void plaintextPassedForASealedValueIsNotRepeatedInTheMessage() {
        assertThatThrownBy(() -> cipher.decrypt(NIR)).isInstanceOf(TamperedFieldException.class)
                .message().doesNotContain(NIR).doesNotContain("2550");
        assertThatThrownBy(() -> cipher.decrypt("v1." + NIR + ".AAAA")).message().doesNotContain(NIR);
    }

    @Test
    void oneCipherServesManyThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = IntStream.range(0, 400)
                    .mapToObj(i -> threads.submit(() -> cipher.decrypt(cipher.encrypt(HELENE + i)))).toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(HELENE + i);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
