package org.cabinet.persistence.internal.escrow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cabinet.persistence.internal.crypto.KeyStoreFileException;
import org.cabinet.persistence.internal.crypto.KeyStoreFiles;

/**
 * Puts a keystore back from its {@link KeyEscrow}, or checks an escrow's passphrase: what
 * {@link KeysTool} does, for any caller. Each successful opening is recorded in the
 * {@link EscrowTestMark} beside the keystore.
 */
public final class EscrowRecovery {

    /** What a restore did. */
    public record Restored(List<Path> movedAside, boolean alreadyInPlace) {

        /**
         * @param movedAside     the keystore files found in place and moved aside, if any
         * @param alreadyInPlace whether the keystore already held exactly the escrow's files, so nothing was written
         */
        public Restored {
            movedAside = List.copyOf(movedAside);
        }
    }

    /** How the files in an escrow compare with a keystore's. */
    public enum Comparison {
        /** The escrow holds exactly the keystore's files. */
        SAME_KEYS,
        /** The escrow holds other files: older or newer keys, or another installation's. */
        OTHER_KEYS,
        /** There is no keystore to compare with. */
        NO_KEYSTORE
    }

    private final Clock clock;

    public EscrowRecovery(Clock clock) {
        this.clock = clock;
    }

    /**
     * Opens {@code escrowFile} and writes its files as the keystore {@code keystore} (see
     * {@link KeyStoreFiles#write}), moving aside the files in place unless they are already the
     * escrow's. Run it while Cabinet is stopped: a running Cabinet keeps the keys it read at start.
     *
     * @throws WrongPassphraseException when the passphrase does not open the escrow
     * @throws KeyEscrowException       when the escrow file is missing, damaged or of another format
     * @throws KeyStoreFileException    when the keystore files cannot be moved or written
     * @throws IllegalArgumentException when the passphrase is malformed
     */
    public Restored restore(Path escrowFile, Path keystore, char[] passphrase) {
        Map<String, byte[]> escrowed = KeyEscrow.open(escrowFile, passphrase);
        Instant now = clock.instant();
        Restored restored = holds(keystore, escrowed) ? new Restored(List.of(), true)
                : new Restored(KeyStoreFiles.write(keystore, escrowed, now), false);
        new EscrowTestMark(keystore).record(KeyEscrow.keyPairFingerprint(escrowFile), now);
        return restored;
    }

    /**
     * Opens {@code escrowFile} and compares its files with those of {@code keystore}, changing no key.
     *
     * @throws WrongPassphraseException when the passphrase does not open the escrow
     * @throws KeyEscrowException       when the escrow file is missing, damaged or of another format
     * @throws KeyStoreFileException    when the keystore is there but one of its files is missing or unreadable
     * @throws IllegalArgumentException when the passphrase is malformed
     */
    public Comparison verify(Path escrowFile, Path keystore, char[] passphrase) {
        Map<String, byte[]> escrowed = KeyEscrow.open(escrowFile, passphrase);
        new EscrowTestMark(keystore).record(KeyEscrow.keyPairFingerprint(escrowFile), clock.instant());
        if (!Files.exists(keystore)) {
            return Comparison.NO_KEYSTORE;
        }
        return same(KeyStoreFiles.read(keystore), escrowed) ? Comparison.SAME_KEYS : Comparison.OTHER_KEYS;
    }

    private static boolean holds(Path keystore, Map<String, byte[]> files) {
        boolean complete = KeyStoreFiles.SUFFIXES.stream().allMatch(suffix -> Files.exists(KeyStoreFiles.file(keystore, suffix)));
        return complete && same(KeyStoreFiles.read(keystore), files);
    }

    private static boolean same(Map<String, byte[]> some, Map<String, byte[]> others) {
        return MessageDigest.isEqual(KeyFileSet.digest(some), KeyFileSet.digest(others));
    }
}
