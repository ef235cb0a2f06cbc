package org.cabinet.persistence.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreFilesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T15:15:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path keystore(String folder) {
        return temp.resolve(folder).resolve("cabinet.p12");
    }

    private Path newKeystore(String folder) {
        Path keystore = keystore(folder);
        KeyStoreFile.openOrCreate(keystore, CLOCK, new SecureRandom());
        return keystore;
    }

    @Test
    void aKeystoreIsReadAsItsThreeFilesBySuffix() throws IOException {
        Path keystore = newKeystore("keys");

        Map<String, byte[]> files = KeyStoreFiles.read(keystore);

        assertThat(files).containsOnlyKeys("", ".pass", ".primary");
        assertThat(files.get("")).isEqualTo(Files.readAllBytes(keystore));
        assertThat(new String(files.get(".primary"), StandardCharsets.US_ASCII)).isEqualTo("data-20261128-151500");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path keystore = newKeystore("keys");
        Files.delete(keystore.resolveSibling("cabinet.p12.primary"));

        assertThatThrownBy(() -> KeyStoreFiles.read(keystore)).isInstanceOf(KeyStoreFileException.class)
                .hasMessage("The keystore file " + keystore + ".primary is missing: a keystore is cabinet.p12 with its "
                        + ".pass and .primary files");
    }

    @Test
    void filesWrittenElsewhereOpenAsTheSameKeys() {
        Path original = newKeystore("keys");
        String sealed = TestKeys.cipher(KeyStoreFile.openOrCreate(original, CLOCK, new SecureRandom()).keyRing())
                .encrypt(TestKeys.NIR);

        List<Path> movedAside = KeyStoreFiles.write(keystore("restored"), KeyStoreFiles.read(original), NOW);

        KeyStoreFile restored = KeyStoreFile.openOrCreate(keystore("restored"), CLOCK, new SecureRandom());
        assertThat(movedAside).isEmpty();
        assertThat(restored.created()).isFalse();
        assertThat(TestKeys.cipher(restored.keyRing()).decrypt(sealed)).isEqualTo(TestKeys.NIR);
    }

    @Test
    void theFilesInPlaceAreMovedAsideNeverDeleted() throws IOException {
        Path keystore = newKeystore("keys");
        Map<String, byte[]> before = KeyStoreFiles.read(keystore);
        Map<String, byte[]> other = KeyStoreFiles.read(newKeystore("other"));

        List<Path> movedAside = KeyStoreFiles.write(keystore, other, NOW);

        assertThat(movedAside).extracting(path -> path.getFileName().toString()).containsExactly(
                "cabinet.p12.pass.replaced-20261128-151500", "cabinet.p12.primary.replaced-20261128-151500",
                "cabinet.p12.replaced-20261128-151500");
        assertThat(Files.readAllBytes(keystore.resolveSibling("cabinet.p12.replaced-20261128-151500"))).isEqualTo(before.get(""));
        assertThat(Files.readAllBytes(keystore.resolveSibling("cabinet.p12.pass.replaced-20261128-151500")))
                .isEqualTo(before.get(".pass"));
        assertThat(Files.readAllBytes(keystore)).isEqualTo(other.get(""));
    }

    @Test
    void twoReplacementsInTheSameSecondKeepBoth() {
        Path keystore = newKeystore("keys");
        Map<String, byte[]> files = KeyStoreFiles.read(keystore);

        KeyStoreFiles.write(keystore, files, NOW);
        List<Path> second = KeyStoreFiles.write(keystore, files, NOW);

        assertThat(second).extracting(path -> path.getFileName().toString()).containsExactly(
                "cabinet.p12.pass.replaced-20261128-151500-2", "cabinet.p12.primary.replaced-20261128-151500-2",
                "cabinet.p12.replaced-20261128-151500-2");
        assertThat(keystore.resolveSibling("cabinet.p12.replaced-20261128-151500")).exists();
    }

    @Test
    void theWrittenFilesAreForTheirOwnerOnly() throws IOException {
        Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Map<String, byte[]> files = KeyStoreFiles.read(newKeystore("keys"));

        KeyStoreFiles.write(keystore("restored"), files, NOW);

        Path folder = keystore("restored").getParent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written.map(path -> path.getFileName() + " " + permissions(path))).containsExactlyInAnyOrder(
                    "cabinet.p12 rw-------", "cabinet.p12.pass rw-------", "cabinet.p12.primary rw-------");
        }
    }

    @Test
    void onlyACompleteSetIsWritten() {
        Map<String, byte[]> incomplete = new LinkedHashMap<>(Map.of("", new byte[1], ".pass", new byte[1]));

        assertThatThrownBy(() -> KeyStoreFiles.write(keystore("keys"), incomplete, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(keystore("keys").getParent()).doesNotExist();
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
