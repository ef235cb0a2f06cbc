package org.cabinet.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.cabinet.api.crypto.Signatures;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link Signatures} under a key derived from the keystore's index key (HMAC of a fixed label): it exists
 * wherever the keystore does, is covered by its escrow, and like the index key it never changes, so a signature
 * stays verifiable for as long as the installation lives.
 */
@Component(service = Signatures.class)
public final class KeyedSignatures implements Signatures {

    private static final String HMAC = "HmacSHA256";
    private static final String LABEL = "Cabinet signatures, v1";
    private static final String PREFIX = "v1.index.";

    private final SecretKey key;

    @Activate
    public KeyedSignatures(@Reference InstallationKeys keys) {
        this.key = new SecretKeySpec(mac(keys.keyRing().indexKey(), LABEL.getBytes(StandardCharsets.UTF_8)), HMAC);
    }

    @Override
    public String sign(byte[] content) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, content));
    }

    @Override
    public boolean verify(byte[] content, String signature) {
        return signature != null && MessageDigest.isEqual(sign(content).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(SecretKey key, byte[] content) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }
}
