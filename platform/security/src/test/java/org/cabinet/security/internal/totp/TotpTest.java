package org.cabinet.security.internal.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238's own test vectors (appendix B), then how Cabinet accepts codes. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826",
    })
    void rfc6238Vectors(long seconds, String sha1, String sha256, String sha512) {
        Instant time = Instant.ofEpochSecond(seconds);
        assertThat(new Totp("HmacSHA1", 8).code(SHA1_SEED, time)).isEqualTo(sha1);
        assertThat(new Totp("HmacSHA256", 8).code(SHA256_SEED, time)).isEqualTo(sha256);
        assertThat(new Totp("HmacSHA512", 8).code(SHA512_SEED, time)).isEqualTo(sha512);
    }

    @Test
    void authenticatorAppsCodesAreTheLastSixDigits() {
        assertThat(new Totp().code(SHA1_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(new Totp().code(SHA1_SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void aCodeIsGoodInItsStepAndOneStepEitherSide() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        String current = totp.code(SHA1_SEED, now);
        assertThat(totp.matchingStep(SHA1_SEED, current, now)).hasValue(Totp.step(now));
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, now.minusSeconds(30)), now)).hasValue(Totp.step(now) - 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, now.plusSeconds(30)), now)).hasValue(Totp.step(now) + 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, now.minusSeconds(90)), now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, " " + current.substring(0, 3) + " " + current.substring(3), now))
                .as("spaces people type are ignored").hasValue(Totp.step(now));
    }

    @Test
    void malformedCodesNeverMatch() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        assertThat(totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, "", now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, "12345", now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, "abcdef", now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, now) + "0", now)).isEmpty();
    }
}
