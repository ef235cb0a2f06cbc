package org.cabinet.persistence.internal.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The installation's keys on disk, outside the database, so that a copy of the database or of
 * its backups carries only ciphertext.
 * <p>
 * Three files side by side, each readable by its owner only (600), in a folder created 700:
 * <ul>
 * <li>{@code <keystore>}: a PKCS#12 key store ({@link Pkcs12KeyRing}) with every data key under its
 * key id, {@code data-<UTC yyyyMMdd-HHmmss>} from the clock (with a {@code -2}, {@code -3}...
 * suffix when several are made in the same second), the blind index key under {@code index}, and
 * the boot key of the embedded database under {@code database};</li>
 * <li>{@code <keystore>.pass}: the key store password, 32 random bytes in base64, made at creation;</li>
 * <li>{@code <keystore>.primary}: the id of the primary data key, the one new values are sealed under.</li>
 * </ul>
 * The primary id has a file of its own because a key store entry carries no flag, and its alias
 * cannot say "primary" either: the alias is the key id written into sealed values, so it must not
 * change when a newer key takes over.
 * <p>
 * Each file is replaced atomically (temporary file, then move). A rotation writes the key store
 * before the primary file, so a crash between the two leaves a new, unused key beside the old
 * primary: nothing is lost. Creation writes the key store last; its presence marks a complete
 * creation, and a start after a crash during creation simply creates again.
 * <p>
 * Back up the three files together, and apart from the database backups. Thread-safe.
 */
public final class KeyStoreFile {

    private static final DateTimeFormatter KEY_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final int PASSWORD_BYTES = 32;
    private static final int KEY_BITS = 256;

    private final Path file;
    private final char[] storePassword;
    private final Clock clock;
    private final SecureRandom random;
    private final boolean created;
    private final SecretKey databaseKey;
    private KeyRing keyRing;

    private KeyStoreFile(Path file, char[] storePassword, Clock clock, SecureRandom random, boolean created,
            Pkcs12KeyRing.StoredKeys keys) {
        this.file = file;
        this.storePassword = storePassword;
        this.clock = clock;
        this.random = random;
        this.created = created;
        this.keyRing = keys.ring();
        this.databaseKey = keys.databaseKey();
    }

    /**
     * Opens the key store at {@code keystore}, or creates it with a first data key and the index
     * key when it does not exist; {@link #created()} tells which.
     *
     * @throws KeyStoreFileException when an existing key store cannot be opened or a new one written
     */
    public static KeyStoreFile openOrCreate(Path keystore, Clock clock, SecureRandom random) {
        Path file = keystore.toAbsolutePath();
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        return Files.exists(file) ? open(file, clock, random) : create(file, clock, random);
    }

    /** Whether {@link #openOrCreate} made new keys, so values sealed by an earlier installation cannot be opened. */
    public boolean created() {
        return created;
    }

    public Path path() {
        return file;
    }

    public synchronized KeyRing keyRing() {
        return keyRing;
    }

    /** @return the boot key of the embedded database: 256-bit AES, never rotated (the database is encrypted under it) */
    public SecretKey databaseKey() {
        return databaseKey;
    }

    /** @return the ids of every data key held, primary and older ones, in ascending order */
    public synchronized List<String> dataKeyIds() {
        return keyRing.dataKeyIds();
    }

    /**
     * Adds a new data key, makes it primary and writes it to disk. Values sealed under older keys
     * stay readable; re-encrypt them before retiring their key.
     *
     * @return the id of the new primary key
     */
    public synchronized String rotate() {
        String keyId = newKeyId(clock, keyRing.dataKeyIds());
        KeyRing rotated = keyRing.withNewPrimary(keyId, newKey("AES", random));
        write(file, encode(stored(rotated)));
        write(primaryFile(file), keyId.getBytes(StandardCharsets.US_ASCII));
        keyRing = rotated;
        return keyId;
    }

    /**
     * Removes an old data key for good: values still sealed under it can no longer be opened.
     *
     * @throws IllegalStateException    when {@code keyId} is the primary key
     * @throws IllegalArgumentException when there is no such key
     */
    public synchronized void retire(String keyId) {
        KeyRing remaining = keyRing.withoutDataKey(keyId);
        write(file, encode(stored(remaining)));
        keyRing = remaining;
    }

    private static KeyStoreFile create(Path file, Clock clock, SecureRandom random) {
        byte[] secret = new byte[PASSWORD_BYTES];
        random.nextBytes(secret);
        String password = Base64.getEncoder().encodeToString(secret);
        String keyId = newKeyId(clock, List.of());
        KeyRing ring = new KeyRing(keyId, Map.of(keyId, newKey("AES", random)), newKey("HmacSHA256", random));
        KeyStoreFile store = new KeyStoreFile(file, password.toCharArray(), clock, random, true,
                new Pkcs12KeyRing.StoredKeys(ring, newKey("AES", random)));
        try {
            OwnerOnlyFiles.createFolder(file.getParent());
        } catch (IOException e) {
            throw new KeyStoreFileException("Cannot create the key folder " + file.getParent() + ": " + e, e);
        }
        write(passwordFile(file), password.getBytes(StandardCharsets.US_ASCII));
        write(primaryFile(file), keyId.getBytes(StandardCharsets.US_ASCII));
        write(file, store.encode(store.stored(ring)));
        return store;
    }

    private static KeyStoreFile open(Path file, Clock clock, SecureRandom random) {
        char[] password = readLine(passwordFile(file)).toCharArray();
        String primaryKeyId = readLine(primaryFile(file));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KeyStoreFileException("Cannot read the key store " + file + ": " + e, e);
        }
        Pkcs12KeyRing.StoredKeys keys = Pkcs12KeyRing.decode(file, bytes, passwordFile(file), password, primaryKeyId);
        if (keys.databaseKey() == null) {
            // a key store from before the database was encrypted: the database is encrypted at its next boot
            KeyStoreFile store = new KeyStoreFile(file, password, clock, random, false,
                    new Pkcs12KeyRing.StoredKeys(keys.ring(), newKey("AES", random)));
            write(file, store.encode(store.stored(keys.ring())));
            return store;
        }
        return new KeyStoreFile(file, password, clock, random, false, keys);
    }

    private static String newKeyId(Clock clock, List<String> taken) {
        String base = Pkcs12KeyRing.DATA_ALIAS_PREFIX + KEY_ID_TIME.format(clock.instant());
        String keyId = base;
        for (int n = 2; taken.contains(keyId); n++) {
            keyId = base + "-" + n;
        }
        return keyId;
    }

    private static SecretKey newKey(String algorithm, SecureRandom random) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(algorithm);
            generator.init(KEY_BITS, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make " + algorithm + " keys", e);
        }
    }

    private Pkcs12KeyRing.StoredKeys stored(KeyRing ring) {
        return new Pkcs12KeyRing.StoredKeys(ring, databaseKey);
    }

    private byte[] encode(Pkcs12KeyRing.StoredKeys keys) {
        try {
            return Pkcs12KeyRing.encode(keys, storePassword);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyStoreFileException("Cannot prepare the key store " + file + ": " + e, e);
        }
    }

    private static String readLine(Path path) {
        try {
            String line = Files.readString(path, StandardCharsets.US_ASCII).strip();
            if (line.isEmpty()) {
                throw new KeyStoreFileException("The file " + path + " is empty; restore it from a backup");
            }
            return line;
        } catch (NoSuchFileException e) {
            throw new KeyStoreFileException("The file " + path + " is missing; restore it from a backup", e);
        } catch (IOException e) {
            throw new KeyStoreFileException("Cannot read " + path + ": " + e, e);
        }
    }

    private static void write(Path path, byte[] content) {
        try {
            OwnerOnlyFiles.replace(path, content);
        } catch (IOException e) {
            throw new KeyStoreFileException("Cannot write " + path + ": " + e, e);
        }
    }

    private static Path passwordFile(Path keystore) {
        return KeyStoreFiles.file(keystore, KeyStoreFiles.PASSWORD);
    }

    private static Path primaryFile(Path keystore) {
        return KeyStoreFiles.file(keystore, KeyStoreFiles.PRIMARY);
    }
}
