package org.cabinet.security.internal.totp;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA-1, 6 digits, 30-second
 * steps. A code is accepted in its own step or one step either side (clocks drift); the caller records the
 * accepted step so that no code is good twice.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    private static final String ALGORITHM = "HmacSHA1";

    private final TimeBasedOneTimePasswordGenerator generator;

    public Totp() {
        this(ALGORITHM, DIGITS);
    }

    /** @param algorithm HmacSHA1, HmacSHA256 or HmacSHA512 (the RFC's vectors cover the three) */
    Totp(String algorithm, int digits) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
    }

    /** @return the code of {@code secret} at {@code time}, zero-padded */
    public String code(byte[] secret, Instant time) {
        try {
            int code = generator.generateOneTimePassword(new SecretKeySpec(secret, generator.getAlgorithm()), time);
            return String.format("%0" + generator.getPasswordLength() + "d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable TOTP secret", e);
        }
    }

    /** @return the time step of {@code time} */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP.getSeconds());
    }

    /**
     * @return the time step whose code {@code typed} is (now, one before or one after), or empty when it is none of
     *         them
     */
    public OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + generator.getPasswordLength() + "}")) {
            return OptionalLong.empty();
        }
        for (int offset = -1; offset <= 1; offset++) {
            Instant at = now.plus(STEP.multipliedBy(offset));
            if (java.security.MessageDigest.isEqual(code(secret, at).getBytes(), code.getBytes())) {
                return OptionalLong.of(step(at));
            }
        }
        return OptionalLong.empty();
    }
}
