package org.cabinet.itests.access;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes an authenticator app shows (RFC 6238: HMAC-SHA-1, 6 digits, 30 s), computed here independently of
 * Cabinet's implementation, as a person's phone would.
 */
public final class TestTotp {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TestTotp() {
    }

    /** @return the 30-second time step of {@code time} */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), 30);
    }

    /** @return the code of the Base32 secret at {@code time} */
    public static String code(String base32Secret, Instant time) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(time.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base32) {
        String text = base32.toUpperCase(Locale.ROOT).replace("=", "");
        byte[] bytes = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | BASE32.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return bytes;
    }
}
