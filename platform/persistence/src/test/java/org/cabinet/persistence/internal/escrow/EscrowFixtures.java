package org.cabinet.persistence.internal.escrow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cabinet.persistence.internal.crypto.KeyStoreFile;

/** Passphrases, key files and escrows for the tests; escrows sealed with few PBKDF2 iterations, to stay fast. */
final class EscrowFixtures {

    static final String PASSPHRASE = "K7QM-4XZD-81HV-PC3N-WE6R-0TYB";
    static final Instant NOW = Instant.parse("2026-11-28T15:15:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final int FEW_ITERATIONS = 1_000;

    private EscrowFixtures() {
    }

    static KeyEscrow escrow() {
        return escrow(CLOCK);
    }

    static KeyEscrow escrow(Clock clock) {
        return new KeyEscrow(clock, new SecureRandom(), FEW_ITERATIONS);
    }

    /** A set of keystore files whose content names {@code tag}. */
    static Map<String, byte[]> keyFiles(String tag) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("", ("PKCS#12 bytes of " + tag).getBytes(StandardCharsets.US_ASCII));
        files.put(".pass", ("password of " + tag).getBytes(StandardCharsets.US_ASCII));
        files.put(".primary", ("data-" + tag).getBytes(StandardCharsets.US_ASCII));
        return files;
    }

    /** Makes a real keystore, as Cabinet's first start does, at {@code keys/cabinet.p12} in {@code folder}. */
    static Path newKeystore(Path folder, Clock clock) {
        Path keystore = folder.resolve("keys").resolve("cabinet.p12");
        KeyStoreFile.openOrCreate(keystore, clock, new SecureRandom());
        return keystore;
    }

    /** @return the files as text, to compare sets of byte arrays by content */
    static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> text = new LinkedHashMap<>();
        files.forEach((name, bytes) -> text.put(name, new String(bytes, StandardCharsets.ISO_8859_1)));
        return text;
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
