package org.cabinet.persistence.internal.escrow;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/** The JDK's primitives as {@link KeyEscrow} uses them, each with its parameters fixed. */
final class EscrowCiphers {

    static final int SALT_BYTES = 16;
    static final int IV_BYTES = 12;

    private static final int RSA_BITS = 3072;
    private static final int AES_BITS = 256;
    private static final int TAG_BITS = 128;
    private static final String RSA = "RSA";
    private static final String HMAC = "HmacSHA256";
    // the transformation name alone would take MGF1 with SHA-1
    private static final String OAEP = "RSA/ECB/OAEPPadding";
    private static final OAEPParameterSpec OAEP_SHA256 = new OAEPParameterSpec("SHA-256", "MGF1",
            MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private EscrowCiphers() {
    }

    static KeyPair rsaKeyPair(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(RSA);
        generator.initialize(RSA_BITS, random);
        return generator.generateKeyPair();
    }

    static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(RSA).generatePublic(new X509EncodedKeySpec(x509));
    }

    static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance(RSA).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    static SecretKey aesKey(SecureRandom random) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(AES_BITS, random);
        return generator.generateKey();
    }

    /** @return {@code key} wrapped with RSA-OAEP, SHA-256 and MGF1-SHA-256 */
    static byte[] wrap(SecretKey key, PublicKey publicKey, SecureRandom random) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(OAEP);
        cipher.init(Cipher.WRAP_MODE, publicKey, OAEP_SHA256, random);
        return cipher.wrap(key);
    }

    static SecretKey unwrap(byte[] wrapped, PrivateKey privateKey) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(OAEP);
        cipher.init(Cipher.UNWRAP_MODE, privateKey, OAEP_SHA256);
        return (SecretKey) cipher.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
    }

    /** @param mode {@link Cipher#ENCRYPT_MODE} or {@link Cipher#DECRYPT_MODE} of AES-GCM with a 128-bit tag */
    static byte[] gcm(int mode, Key key, byte[] iv, byte[] aad, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(aad);
        return cipher.doFinal(input);
    }

    /** @return 256 bits derived from {@code passphrase} by PBKDF2WithHmacSHA256 */
    static byte[] pbkdf2(char[] passphrase, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, AES_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }

    /** @return HMAC-SHA256 of {@code label} under {@code key}: a value of its own for each label */
    static byte[] hmac(byte[] key, byte[] label) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(key, HMAC));
        return mac.doFinal(label);
    }

    static SecretKey aesKey(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }
}
