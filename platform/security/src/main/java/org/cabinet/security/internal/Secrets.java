package org.cabinet.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Random secrets handed to people (tokens, codes) and the hashes under which they are stored. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private Secrets() {
    }

    /** @return {@code bytes} random bytes as URL-safe base64 without padding (32 bytes: 256 bits) */
    public static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** @return random bytes */
    public static byte[] bytes(int count) {
        byte[] random = new byte[count];
        RANDOM.nextBytes(random);
        return random;
    }

    /**
     * @return a code people type, {@code length} characters from an alphabet without look-alikes (0/o, 1/l/i),
     *         in groups of four ({@code k7m2-...}): 10 characters carry about 50 bits
     */
    public static String typedCode(int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** @return a typed code as it is compared: lower case, without separators or spaces */
    public static String normaliseCode(String typed) {
        return typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** @return the SHA-256 of {@code secret}, in hex: secrets of 128+ random bits need no slow hash */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** @return whether two hashes are equal, in time that does not depend on where they differ */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }
}
