package org.cabinet.persistence.internal.escrow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.cabinet.persistence.internal.crypto.KeyStoreFiles;
import org.cabinet.persistence.internal.crypto.OwnerOnlyFiles;

/**
 * The record, beside a keystore, that the passphrase of a {@link KeyEscrow} was tested and opened
 * it: {@code <keystore>.escrow-tested}, readable by its owner only, holding the escrow's
 * {@linkplain KeyEscrow#keyPairFingerprint key pair fingerprint} and the UTC time of the test.
 * A reseal keeps the fingerprint, so the record stays true across rotations; a new escrow has
 * another fingerprint, and counts as untested until its passphrase opens it.
 */
public final class EscrowTestMark {

    /** The suffix of the record to the keystore's name. */
    public static final String SUFFIX = ".escrow-tested";

    private static final String KEY_PAIR = "key-pair=";
    private static final String TESTED = "tested=";

    private final Path file;

    /** The record beside {@code keystore}. */
    public EscrowTestMark(Path keystore) {
        this.file = KeyStoreFiles.file(keystore.toAbsolutePath(), SUFFIX);
    }

    /** @return the file of the record */
    public Path path() {
        return file;
    }

    /**
     * Records that the passphrase of the escrow with {@code keyPairFingerprint} opened it at
     * {@code testedOn}, replacing any earlier record.
     *
     * @throws KeyEscrowException when the record cannot be written
     */
    public void record(String keyPairFingerprint, Instant testedOn) {
        String text = "# Cabinet: the recovery passphrase of the key escrow with this key pair opened it\n"
                + KEY_PAIR + keyPairFingerprint + "\n" + TESTED + testedOn.truncatedTo(ChronoUnit.SECONDS) + "\n";
        try {
            OwnerOnlyFiles.createFolder(file.getParent());
            OwnerOnlyFiles.replace(file, text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new KeyEscrowException("Cannot record the passphrase test in " + file + ": " + e, e);
        }
    }

    /**
     * @return when the passphrase of the escrow with {@code keyPairFingerprint} was last tested; empty
     *         when never, when the record is of another escrow, or unreadable
     */
    public Optional<Instant> testedOn(String keyPairFingerprint) {
        String fingerprint = null;
        Instant tested = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (line.startsWith(KEY_PAIR)) {
                    fingerprint = line.substring(KEY_PAIR.length());
                } else if (line.startsWith(TESTED)) {
                    tested = Instant.parse(line.substring(TESTED.length()));
                }
            }
        } catch (IOException | DateTimeParseException e) {
            // a reminder, not a key: unreadable counts as never tested
            return Optional.empty();
        }
        return keyPairFingerprint.equals(fingerprint) ? Optional.ofNullable(tested) : Optional.empty();
    }

    /**
     * Tells whether {@code escrowFile} exists, whether its passphrase was tested, and whether it
     * holds {@code currentKeys}, all without the passphrase.
     *
     * @param currentKeys the keystore's files, as {@link KeyStoreFiles#read} gives them
     * @throws KeyEscrowException when the escrow file exists but cannot be read, or is damaged
     */
    public EscrowStatus status(Path escrowFile, Map<String, byte[]> currentKeys) {
        if (!Files.exists(escrowFile)) {
            return new EscrowStatus(escrowFile, EscrowStatus.State.MISSING, Optional.empty(), false);
        }
        Optional<Instant> tested = testedOn(KeyEscrow.keyPairFingerprint(escrowFile));
        return new EscrowStatus(escrowFile, tested.isPresent() ? EscrowStatus.State.TESTED : EscrowStatus.State.UNTESTED,
                tested, KeyEscrow.coversKeys(escrowFile, currentKeys));
    }
}
