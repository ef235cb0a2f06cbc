package org.cabinet.persistence.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cabinet.persistence.internal.crypto.TestKeys.NIR;
import static org.cabinet.persistence.internal.crypto.TestKeys.cipher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.cabinet.api.crypto.FieldCipher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreFileTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T15:15:00Z"), ZoneOffset.UTC);
    private static final String FIRST_KEY = "data-20261128-151500";

    @TempDir
    Path temp;

    private Path folder() {
        return temp.resolve("etc").resolve("keys");
    }

    private Path keystore() {
        return folder().resolve("cabinet.p12");
    }

    private KeyStoreFile openOrCreate() {
        return KeyStoreFile.openOrCreate(keystore(), NOW, new SecureRandom());
    }

    @Test
    void theFirstStartCreatesKeysThatLaterStartsFindAgain() {
        KeyStoreFile first = openOrCreate();
        String sealed = cipher(first.keyRing()).encrypt(NIR);

        KeyStoreFile again = openOrCreate();

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.dataKeyIds()).containsExactly(FIRST_KEY);
        assertThat(again.keyRing().primaryKeyId()).isEqualTo(FIRST_KEY);
        assertThat(cipher(again.keyRing()).decrypt(sealed)).isEqualTo(NIR);
        assertThat(cipher(again.keyRing()).blindIndex(NIR)).isEqualTo(cipher(first.keyRing()).blindIndex(NIR));
    }

    @Test
    void keyIdsComeFromTheClockAndStayUniqueWithinASecond() {
        KeyStoreFile keys = openOrCreate();

        assertThat(keys.rotate()).isEqualTo(FIRST_KEY + "-2");
        assertThat(keys.rotate()).isEqualTo(FIRST_KEY + "-3");
        assertThat(keys.dataKeyIds()).containsExactly(FIRST_KEY, FIRST_KEY + "-2", FIRST_KEY + "-3");
    }

    @Test
    void aRotationSurvivesARestart() {
        KeyStoreFile keys = openOrCreate();
        String sealedBefore = cipher(keys.keyRing()).encrypt(NIR);
        String indexBefore = cipher(keys.keyRing()).blindIndex(NIR);
        String newKey = KeyStoreFile.openOrCreate(keystore(), Clock.offset(NOW, Duration.ofDays(365)),
                new SecureRandom()).rotate();

        FieldCipher reopened = cipher(openOrCreate().keyRing());

        assertThat(newKey).isEqualTo("data-20271128-151500");
        assertThat(reopened.encrypt(NIR)).startsWith("v1." + newKey + ".");
        assertThat(reopened.decrypt(sealedBefore)).isEqualTo(NIR);
        assertThat(reopened.needsReencryption(sealedBefore)).isTrue();
        assertThat(reopened.blindIndex(NIR)).isEqualTo(indexBefore);
    }

    @Test
    void retiringRemovesAnOldKeyForGoodButRefusesThePrimary() {
        KeyStoreFile keys = openOrCreate();
        String primary = keys.rotate();

        keys.retire(FIRST_KEY);

        assertThat(keys.dataKeyIds()).containsExactly(primary);
        assertThat(openOrCreate().dataKeyIds()).containsExactly(primary);
        assertThatThrownBy(() -> keys.retire(primary)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(primary + " is the primary key");
        assertThatThrownBy(() -> keys.retire(FIRST_KEY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheOwnerCanReadTheKeys() throws IOException {
        Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        openOrCreate().rotate();

        assertThat(permissions(folder())).isEqualTo("rwx------");
        assertThat(filesIn(folder())).containsExactlyInAnyOrder("cabinet.p12", "cabinet.p12.pass", "cabinet.p12.primary");
        for (String file : filesIn(folder())) {
            assertThat(permissions(folder().resolve(file))).as(file).isEqualTo("rw-------");
        }
    }

    @Test
    void aPasswordThatDoesNotOpenTheKeyStoreIsReportedNamingTheFiles() throws IOException {
        openOrCreate();
        Path passwordFile = folder().resolve("cabinet.p12.pass");
        String password = Files.readString(passwordFile);
        Files.writeString(passwordFile, "bm90IHRoZSBwYXNzd29yZA==");

        assertThatThrownBy(this::openOrCreate).isInstanceOf(KeyStoreFileException.class)
                .hasMessageContaining(keystore().toString()).hasMessageContaining(passwordFile.toString())
                .hasMessageContaining("does not open with the password")
                .message().doesNotContain(password).doesNotContain("bm90IHRoZSBwYXNzd29yZA==").doesNotContain("\n");
    }

    @Test
    void aDamagedKeyStoreIsReportedNamingTheFile() throws IOException {
        openOrCreate();
        byte[] bytes = Files.readAllBytes(keystore());
        Files.write(keystore(), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(this::openOrCreate).isInstanceOf(KeyStoreFileException.class)
                .hasMessageContaining(keystore().toString()).message().doesNotContain("\n");
    }

    @Test
    void aMissingPasswordOrPrimaryFileIsReportedNamingIt() throws IOException {
        openOrCreate();
        Path primaryFile = folder().resolve("cabinet.p12.primary");
        Files.writeString(primaryFile, "data-20250101-000000");
        assertThatThrownBy(this::openOrCreate).isInstanceOf(KeyStoreFileException.class)
                .hasMessageContaining(keystore().toString()).hasMessageContaining("data-20250101-000000");

        Files.delete(folder().resolve("cabinet.p12.pass"));
        assertThatThrownBy(this::openOrCreate).isInstanceOf(KeyStoreFileException.class)
                .hasMessageContaining("cabinet.p12.pass is missing");
    }

    @Test
    void noIdentifierReachesTheKeyFiles() throws IOException {
        KeyStoreFile keys = openOrCreate();
        FieldCipher cipher = cipher(keys.keyRing());
        String sealed = cipher.encrypt(NIR);
        cipher.blindIndex(NIR);
        keys.rotate();

        assertThat(sealed).doesNotContain(NIR);
        for (String file : filesIn(folder())) {
            String bytes = new String(Files.readAllBytes(folder().resolve(file)), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(file).doesNotContain(NIR).doesNotContain(String.join("\0", NIR.split("")));
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
