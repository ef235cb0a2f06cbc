package org.cabinet.persistence.internal.escrow;

import static org.cabinet.persistence.internal.escrow.EscrowFile.CHECK;
import static org.cabinet.persistence.internal.escrow.EscrowFile.CREATED;
import static org.cabinet.persistence.internal.escrow.EscrowFile.DIGEST;
import static org.cabinet.persistence.internal.escrow.EscrowFile.ITERATIONS;
import static org.cabinet.persistence.internal.escrow.EscrowFile.KEYS;
import static org.cabinet.persistence.internal.escrow.EscrowFile.KEYS_IV;
import static org.cabinet.persistence.internal.escrow.EscrowFile.PRIVATE_KEY;
import static org.cabinet.persistence.internal.escrow.EscrowFile.PRIVATE_KEY_IV;
import static org.cabinet.persistence.internal.escrow.EscrowFile.PUBLIC_KEY;
import static org.cabinet.persistence.internal.escrow.EscrowFile.SALT;
import static org.cabinet.persistence.internal.escrow.EscrowFile.SEALED;
import static org.cabinet.persistence.internal.escrow.EscrowFile.WRAPPED_KEY;
import static org.cabinet.persistence.internal.escrow.EscrowFile.base64;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

import org.cabinet.persistence.internal.crypto.KeyStoreFiles;

/**
 * A copy of the keystore files ({@link KeyStoreFiles}) sealed under a recovery passphrase
 * ({@link RecoveryPassphrase}), in a file meant to be kept apart from the machine: a USB key, a
 * second disk, a share. Cabinet can {@linkplain #reseal reseal} it after each key rotation without
 * knowing the passphrase.
 * <p>
 * At {@linkplain #create creation} the escrow gets an RSA-3072 key pair. Its PKCS#8 private key is
 * encrypted with AES-256-GCM under a key derived from the passphrase (PBKDF2WithHmacSHA256,
 * {@value #PBKDF2_ITERATIONS} iterations, 16-byte random salt); its X.509 public key stays in clear. The
 * keystore files are encrypted with a fresh AES-256-GCM key, itself wrapped with the public key by
 * RSA-OAEP (SHA-256, MGF1-SHA-256). A reseal keeps the key pair and replaces only the files.
 * <p>
 * From the PBKDF2 result, HMAC-SHA256 derives the key of the private key and a check value stored
 * in the file: a wrong passphrase is told apart from a damaged file. Each GCM tag also covers, as
 * associated data, the fields in clear that belong with its ciphertext.
 * <p>
 * The file is text, one {@code name=value} line per field, base64 for bytes:
 * <pre>
 * # Cabinet key escrow: a sealed copy of the keys ... useless without its recovery passphrase.
 * # Keep it apart from that machine. To put the keys back, stop Cabinet and run: bin/cabinet-keys restore &lt;this file&gt;
 * format=cabinet-key-escrow/1
 * created=2026-11-28T15:15:00Z             when the key pair was made
 * passphrase.iterations=600000
 * passphrase.salt=...
 * passphrase.check=...                     HMAC-SHA256(PBKDF2 result, "cabinet-key-escrow/1 passphrase check")
 * private-key.iv=...
 * private-key.encrypted=...                AES-GCM, key HMAC-SHA256(PBKDF2 result, "cabinet-key-escrow/1 private key"),
 *                                          associated data the lines format, created to private-key.iv, and public-key
 * public-key=...
 * keys.sealed=2026-11-28T15:15:00Z         when the keystore files were sealed
 * keys.sha256=...                          SHA-256 of the sealed files, as {@link #coversKeys} compares
 * keys.wrapped-key=...                     the AES key of the files, RSA-OAEP
 * keys.iv=...
 * keys.encrypted=...                       AES-GCM, associated data the lines format, public-key and keys.sealed to keys.iv
 * </pre>
 * Reading accepts only this exact text, so that an edit anywhere is refused. Each file is written
 * atomically and readable by its owner only (600) where the file system allows.
 */
public final class KeyEscrow {

    /** The PBKDF2 iterations of a new escrow. */
    public static final int PBKDF2_ITERATIONS = 600_000;

    private static final byte[] CHECK_LABEL = "cabinet-key-escrow/1 passphrase check".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PRIVATE_KEY_LABEL = "cabinet-key-escrow/1 private key".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> PRIVATE_KEY_AAD = List.of(CREATED, ITERATIONS, SALT, CHECK, PRIVATE_KEY_IV, PUBLIC_KEY);
    private static final List<String> KEYS_AAD = List.of(PUBLIC_KEY, SEALED, DIGEST, WRAPPED_KEY, KEYS_IV);

    private final Clock clock;
    private final SecureRandom random;
    private final int iterations;

    /** Seals with {@value #PBKDF2_ITERATIONS} PBKDF2 iterations. */
    public KeyEscrow(Clock clock, SecureRandom random) {
        this(clock, random, PBKDF2_ITERATIONS);
    }

    /** Seals with {@code iterations} PBKDF2 iterations: fewer only for tests. */
    KeyEscrow(Clock clock, SecureRandom random, int iterations) {
        this.clock = clock;
        this.random = random;
        this.iterations = iterations;
    }

    /**
     * Writes a new escrow of {@code keyFiles} at {@code escrowFile}, with a new key pair sealed under
     * {@code passphrase}; a file already there is replaced.
     *
     * @param passphrase normalised by {@link RecoveryPassphrase#normalise}
     * @param keyFiles   the files of a keystore, as {@link KeyStoreFiles#read} gives them
     * @throws IllegalArgumentException when the passphrase or the set of files is not acceptable
     * @throws KeyEscrowException       when the folder of {@code escrowFile} is missing or the file cannot be written
     */
    public void create(Path escrowFile, char[] passphrase, Map<String, byte[]> keyFiles) {
        requireKeystoreSet(keyFiles);
        requireFolder(escrowFile);
        char[] normalised = RecoveryPassphrase.normalise(new String(passphrase)).toCharArray();
        byte[] derived = null;
        byte[] pkcs8 = null;
        try {
            KeyPair pair = EscrowCiphers.rsaKeyPair(random);
            byte[] salt = randomBytes(EscrowCiphers.SALT_BYTES);
            byte[] iv = randomBytes(EscrowCiphers.IV_BYTES);
            derived = EscrowCiphers.pbkdf2(normalised, salt, iterations);
            Map<String, String> keyPair = new LinkedHashMap<>();
            keyPair.put(CREATED, now());
            keyPair.put(ITERATIONS, Integer.toString(iterations));
            keyPair.put(SALT, base64(salt));
            keyPair.put(CHECK, base64(EscrowCiphers.hmac(derived, CHECK_LABEL)));
            keyPair.put(PRIVATE_KEY_IV, base64(iv));
            keyPair.put(PUBLIC_KEY, base64(pair.getPublic().getEncoded()));
            pkcs8 = pair.getPrivate().getEncoded();
            SecretKey privateKeyKey = EscrowCiphers.aesKey(EscrowCiphers.hmac(derived, PRIVATE_KEY_LABEL));
            keyPair.put(PRIVATE_KEY, base64(EscrowCiphers.gcm(Cipher.ENCRYPT_MODE, privateKeyKey, iv,
                    EscrowFile.lines(keyPair, PRIVATE_KEY_AAD), pkcs8)));
            EscrowFile.of(escrowFile, keyPair, seal(keyPair, pair.getPublic(), keyFiles)).write();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make a key escrow: " + e, e);
        } finally {
            wipe(normalised, derived, pkcs8);
        }
    }

    /**
     * Replaces the keystore files sealed in {@code escrowFile} by {@code keyFiles}, keeping its key
     * pair and so its passphrase, which this does not need.
     * <p>
     * The files sealed before are gone from the escrow afterwards: reseal only with the keys of the
     * keystore the escrow was made for (after a rotation, say), never with keys made anew because
     * that keystore was missing, or the escrow's copy, perhaps the last one, would be lost.
     *
     * @throws IllegalArgumentException when {@code keyFiles} is not the set of a keystore
     * @throws KeyEscrowException       when the file is missing, damaged, or cannot be written
     */
    public void reseal(Path escrowFile, Map<String, byte[]> keyFiles) {
        requireKeystoreSet(keyFiles);
        EscrowFile file = EscrowFile.read(escrowFile);
        PublicKey publicKey;
        try {
            publicKey = EscrowCiphers.publicKey(file.bytes(PUBLIC_KEY));
        } catch (GeneralSecurityException e) {
            throw file.damaged("its public key is not valid", e);
        }
        try {
            file.withSealedKeys(seal(file.fields(), publicKey, keyFiles)).write();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot seal a key escrow: " + e, e);
        }
    }

    /**
     * Opens an escrow with its passphrase.
     *
     * @param passphrase normalised by {@link RecoveryPassphrase#normalise}
     * @return the keystore files sealed in it, by suffix
     * @throws WrongPassphraseException when the passphrase is not the escrow's
     * @throws KeyEscrowException       when the file is missing, unreadable, of another format, damaged or edited
     * @throws IllegalArgumentException when the passphrase is malformed
     */
    public static Map<String, byte[]> open(Path escrowFile, char[] passphrase) {
        EscrowFile file = EscrowFile.read(escrowFile);
        char[] normalised = RecoveryPassphrase.normalise(new String(passphrase)).toCharArray();
        byte[] derived = null;
        byte[] pkcs8 = null;
        try {
            derived = EscrowCiphers.pbkdf2(normalised, file.bytes(SALT), file.number(ITERATIONS));
            if (!MessageDigest.isEqual(EscrowCiphers.hmac(derived, CHECK_LABEL), file.bytes(CHECK))) {
                throw new WrongPassphraseException("The passphrase does not open the escrow file " + escrowFile
                        + "; check it character by character");
            }
            SecretKey privateKeyKey = EscrowCiphers.aesKey(EscrowCiphers.hmac(derived, PRIVATE_KEY_LABEL));
            pkcs8 = decrypt(file, "its private key", privateKeyKey, file.bytes(PRIVATE_KEY_IV), PRIVATE_KEY_AAD,
                    file.bytes(PRIVATE_KEY));
            SecretKey keysKey = unwrap(file, EscrowCiphers.privateKey(pkcs8));
            byte[] set = decrypt(file, "its keystore files", keysKey, file.bytes(KEYS_IV), KEYS_AAD, file.bytes(KEYS));
            return KeyFileSet.decode(set);
        } catch (IllegalArgumentException e) {
            throw file.damaged("its keystore files are not a set: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw file.damaged("its private key cannot be read: " + e, e);
        } finally {
            wipe(normalised, derived, pkcs8);
        }
    }

    /**
     * Tells, without the passphrase, whether {@code escrowFile} holds exactly {@code keyFiles}, as far as
     * its digest in clear says: only {@link #open} proves it.
     *
     * @throws KeyEscrowException when the file is missing, unreadable, of another format, damaged or edited
     */
    public static boolean coversKeys(Path escrowFile, Map<String, byte[]> keyFiles) {
        return MessageDigest.isEqual(EscrowFile.read(escrowFile).bytes(DIGEST), KeyFileSet.digest(keyFiles));
    }

    /**
     * @return the SHA-256 digest, in hexadecimal, of the escrow's key pair fields: its encrypted private key,
     *         public key and what goes with them. A reseal keeps it, a new escrow changes it.
     * @throws KeyEscrowException when the file is missing, unreadable, of another format, damaged or edited
     */
    public static String keyPairFingerprint(Path escrowFile) {
        return HexFormat.of().formatHex(KeyFileSet.sha256(EscrowFile.read(escrowFile).lines(EscrowFile.KEY_PAIR)));
    }

    private Map<String, String> seal(Map<String, String> keyPair, PublicKey publicKey, Map<String, byte[]> keyFiles)
            throws GeneralSecurityException {
        byte[] set = KeyFileSet.encode(keyFiles);
        SecretKey keysKey = EscrowCiphers.aesKey(random);
        byte[] iv = randomBytes(EscrowCiphers.IV_BYTES);
        Map<String, String> sealed = new LinkedHashMap<>();
        sealed.put(SEALED, now());
        sealed.put(DIGEST, base64(KeyFileSet.sha256(set)));
        sealed.put(WRAPPED_KEY, base64(EscrowCiphers.wrap(keysKey, publicKey, random)));
        sealed.put(KEYS_IV, base64(iv));
        Map<String, String> covered = new LinkedHashMap<>(keyPair);
        covered.putAll(sealed);
        sealed.put(KEYS, base64(EscrowCiphers.gcm(Cipher.ENCRYPT_MODE, keysKey, iv, EscrowFile.lines(covered, KEYS_AAD), set)));
        Arrays.fill(set, (byte) 0);
        return sealed;
    }

    private static SecretKey unwrap(EscrowFile file, PrivateKey privateKey) {
        try {
            return EscrowCiphers.unwrap(file.bytes(WRAPPED_KEY), privateKey);
        } catch (GeneralSecurityException e) {
            throw file.damaged("the key of its keystore files does not unwrap", e);
        }
    }

    private static byte[] decrypt(EscrowFile file, String what, SecretKey key, byte[] iv, List<String> aad, byte[] ciphertext)
            throws GeneralSecurityException {
        try {
            return EscrowCiphers.gcm(Cipher.DECRYPT_MODE, key, iv, file.lines(aad), ciphertext);
        } catch (AEADBadTagException e) {
            throw file.damaged("authentication fails for " + what, e);
        }
    }

    private static void wipe(char[] passphrase, byte[]... secrets) {
        Arrays.fill(passphrase, '\0');
        for (byte[] secret : secrets) {
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void requireKeystoreSet(Map<String, byte[]> keyFiles) {
        if (!keyFiles.keySet().equals(Set.copyOf(KeyStoreFiles.SUFFIXES))) {
            throw new IllegalArgumentException("An escrow holds the keystore files " + KeyStoreFiles.SUFFIXES
                    + ", not " + keyFiles.keySet());
        }
    }

    private static void requireFolder(Path escrowFile) {
        Path folder = escrowFile.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            // never create it: a missing folder is often an unmounted disk, and the copy would land on this machine
            throw new KeyEscrowException("The folder " + folder + " of the escrow file does not exist; "
                    + "is its disk or share mounted?");
        }
    }
}
