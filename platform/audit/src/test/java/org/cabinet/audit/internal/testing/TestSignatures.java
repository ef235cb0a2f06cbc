package org.cabinet.audit.internal.testing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cabinet.api.crypto.Signatures;

/** HMAC-SHA-256 signatures under a key of its own, as the persistence bundle signs under the keystore's. */
public final class TestSignatures implements Signatures {

    private final byte[] key = new byte[32];

    public TestSignatures() {
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String sign(byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "v1.test." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean verify(byte[] content, String signature) {
        return signature != null && MessageDigest.isEqual(sign(content).getBytes(), signature.getBytes());
    }
}
