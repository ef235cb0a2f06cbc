package org.cabinet.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void tokensCarry256RandomBitsInUrlSafeText() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Secrets.token(32);
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void typedCodesAvoidLookAlikesAndCompareWhateverTheirSpelling() {
        String code = Secrets.typedCode(12);
        assertThat(code).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}").doesNotContain("0", "1", "o", "l", "i");
        assertThat(Secrets.normaliseCode(" " + code.toUpperCase().replace("-", " ") + " ")).isEqualTo(code.replace("-", ""));
    }

    @Test
    void storedHashesAreSha256AndCompareInConstantTime() {
        assertThat(Secrets.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Secrets.sameHash(Secrets.hash("abc"), Secrets.hash("abc"))).isTrue();
        assertThat(Secrets.sameHash(Secrets.hash("abc"), Secrets.hash("abd"))).isFalse();
        assertThat(Secrets.sameHash(null, Secrets.hash("abc"))).isFalse();
    }
}
