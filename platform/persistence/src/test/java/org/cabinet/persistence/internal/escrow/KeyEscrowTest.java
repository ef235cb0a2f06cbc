package org.cabinet.persistence.internal.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.CLOCK;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.PASSPHRASE;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.escrow;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.keyFiles;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEscrowTest {

    /** One escrow of the files "A", made once: a key pair takes a while. */
    @TempDir
    static Path shared;
    private static Path template;

    @TempDir
    Path temp;

    @BeforeAll
    static void sealTheTemplate() {
        template = shared.resolve("template.escrow");
        escrow().create(template, PASSPHRASE.toCharArray(), keyFiles("A"));
    }

    private Path escrowOfA() throws IOException {
        return Files.copy(template, temp.resolve("cabinet.escrow"));
    }

    @Test
    void thePassphraseOpensTheFilesSealedInIt() throws IOException {
        Map<String, byte[]> opened = KeyEscrow.open(escrowOfA(), PASSPHRASE.toCharArray());

        assertThat(text(opened)).isEqualTo(text(keyFiles("A")));
    }

    @Test
    void thePassphraseOpensItTypedInLowerCaseWithSpaces() throws IOException {
        Map<String, byte[]> opened = KeyEscrow.open(escrowOfA(), "k7qm 4xzd 8lhv pc3n we6r otyb".toCharArray());

        assertThat(text(opened)).isEqualTo(text(keyFiles("A")));
    }

    @Test
    void aResealReplacesTheFilesWithoutThePassphraseAndKeepsTheKeyPair() throws IOException {
        Path file = escrowOfA();
        String fingerprint = KeyEscrow.keyPairFingerprint(file);

        escrow(Clock.offset(CLOCK, Duration.ofDays(30))).reseal(file, keyFiles("B"));

        assertThat(text(KeyEscrow.open(file, PASSPHRASE.toCharArray()))).isEqualTo(text(keyFiles("B")));
        assertThat(KeyEscrow.keyPairFingerprint(file)).isEqualTo(fingerprint);
        assertThat(Files.readString(file)).contains("created=2026-11-28T15:15:00Z\n", "keys.sealed=2026-12-28T15:15:00Z\n");
    }

    @Test
    void aNewEscrowHasANewKeyPair() throws IOException {
        Path file = escrowOfA();
        String fingerprint = KeyEscrow.keyPairFingerprint(file);

        escrow().create(file, PASSPHRASE.toCharArray(), keyFiles("A"));

        assertThat(KeyEscrow.keyPairFingerprint(file)).matches("[0-9a-f]{64}").isNotEqualTo(fingerprint);
    }

    @Test
    void aWrongPassphraseIsToldApartFromADamagedFile() throws IOException {
        Path file = escrowOfA();
        String wrong = "K7QM-4XZD-81HV-PC3N-WE6R-0TYC";

        assertThatThrownBy(() -> KeyEscrow.open(file, wrong.toCharArray()))
                .isExactlyInstanceOf(WrongPassphraseException.class)
                .hasMessage("The passphrase does not open the escrow file " + file + "; check it character by character");
        assertThatThrownBy(() -> KeyEscrow.open(file, "an own passphrase, but not this one".toCharArray()))
                .isExactlyInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void aMalformedPassphraseIsRefusedBeforeAnyOpening() throws IOException {
        Path file = escrowOfA();

        assertThatThrownBy(() -> KeyEscrow.open(file, "K7QM-4XZD-81HV-PC3N-WE6R".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20 characters instead of 24");
    }

    @Test
    void oneFlippedBitAnywhereInTheFileIsRefused() throws IOException {
        Path file = escrowOfA();
        byte[] original = Files.readAllBytes(file);
        List<Integer> positions = positionsInEveryLine(original);

        for (int position : positions) {
            byte[] edited = original.clone();
            edited[position] ^= 1;
            Files.write(file, edited);
            String line = lineAt(original, position);

            var refusal = assertThatThrownBy(() -> KeyEscrow.open(file, PASSPHRASE.toCharArray()))
                    .as("bit 0 of byte %d, in line %s", position, line);
            if (line.startsWith("passphrase.")) {
                // the passphrase's salt, iterations and check value make the passphrase look wrong
                refusal.isInstanceOf(KeyEscrowException.class);
            } else {
                refusal.isExactlyInstanceOf(KeyEscrowException.class);
            }
        }
        assertThat(positions).hasSizeGreaterThan(60);
    }

    @Test
    void aDamagedFileIsReportedInOneLineNamingIt() throws IOException {
        Path file = escrowOfA();
        StringBuilder text = new StringBuilder(Files.readString(file));
        int inKeys = text.indexOf("keys.encrypted=") + 20;
        text.setCharAt(inKeys, text.charAt(inKeys) == 'A' ? 'B' : 'A');
        Files.writeString(file, text);

        assertThatThrownBy(() -> KeyEscrow.open(file, PASSPHRASE.toCharArray()))
                .isExactlyInstanceOf(KeyEscrowException.class)
                .hasMessage("The escrow file " + file + " is damaged or was edited (authentication fails for its keystore files); "
                        + "use another copy of it");
    }

    @Test
    void theDigestInClearTellsWhetherTheEscrowCoversTheCurrentKeys() throws IOException {
        Path file = escrowOfA();

        assertThat(KeyEscrow.coversKeys(file, keyFiles("A"))).isTrue();
        assertThat(KeyEscrow.coversKeys(file, keyFiles("B"))).isFalse();

        escrow().reseal(file, keyFiles("B"));

        assertThat(KeyEscrow.coversKeys(file, keyFiles("A"))).isFalse();
        assertThat(KeyEscrow.coversKeys(file, keyFiles("B"))).isTrue();
    }

    @Test
    void theFileIsTextThatSaysWhatItIsAndHoldsNoKeyInClear() throws IOException {
        List<String> lines = Files.readAllLines(escrowOfA(), StandardCharsets.US_ASCII);

        assertThat(lines.get(0)).startsWith("# Cabinet key escrow: ").contains("useless without its recovery passphrase");
        assertThat(lines.get(1)).contains("bin/cabinet-keys restore");
        assertThat(lines.subList(2, lines.size())).extracting(line -> line.substring(0, line.indexOf('='))).containsExactly(
                "format", "created", "passphrase.iterations", "passphrase.salt", "passphrase.check", "private-key.iv",
                "private-key.encrypted", "public-key", "keys.sealed", "keys.sha256", "keys.wrapped-key", "keys.iv",
                "keys.encrypted");
        assertThat(lines).contains("format=cabinet-key-escrow/1", "created=2026-11-28T15:15:00Z",
                "passphrase.iterations=1000", "keys.sealed=2026-11-28T15:15:00Z");
        assertThat(String.join("\n", lines)).doesNotContain("password of A").doesNotContain("data-A")
                .doesNotContain(Base64.getEncoder().encodeToString("password of A".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aNewEscrowTakesSixHundredThousandIterationsAndOnlyItsOwnerReadsIt() throws IOException {
        Path file = temp.resolve("cabinet.escrow");

        new KeyEscrow(CLOCK, new SecureRandom()).create(file, PASSPHRASE.toCharArray(), keyFiles("A"));

        assertThat(Files.readAllLines(file)).contains("passphrase.iterations=600000");
        Assumptions.assumeThat(EscrowFixtures.posix(file)).isTrue();
        assertThat(EscrowFixtures.permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void anEscrowIsNeverWrittenIntoAFolderThatDoesNotExist() {
        Path file = temp.resolve("usb-key").resolve("cabinet.escrow");

        assertThatThrownBy(() -> escrow().create(file, PASSPHRASE.toCharArray(), keyFiles("A")))
                .isExactlyInstanceOf(KeyEscrowException.class)
                .hasMessage("The folder " + file.getParent() + " of the escrow file does not exist; is its disk or share mounted?");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void onlyTheSetOfAKeystoreIsSealed() {
        Path file = temp.resolve("cabinet.escrow");
        Map<String, byte[]> incomplete = Map.of("", new byte[1], ".pass", new byte[1]);

        assertThatThrownBy(() -> escrow().create(file, PASSPHRASE.toCharArray(), incomplete))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileThatIsNoEscrowOrOfAnotherFormatIsToldSo() throws IOException {
        Path missing = temp.resolve("missing.escrow");
        Path other = Files.writeString(temp.resolve("notes.txt"), "format=cabinet-key-escrow/1\n");
        Path newer = escrowOfA();
        Files.writeString(newer, Files.readString(newer).replace("format=cabinet-key-escrow/1", "format=cabinet-key-escrow/2"));

        assertThatThrownBy(() -> KeyEscrow.keyPairFingerprint(missing)).hasMessage("There is no escrow file " + missing);
        assertThatThrownBy(() -> KeyEscrow.coversKeys(other, keyFiles("A")))
                .hasMessage(other + " is not a Cabinet key escrow file");
        assertThatThrownBy(() -> KeyEscrow.open(newer, PASSPHRASE.toCharArray())).hasMessage("The escrow file " + newer
                + " is of the format cabinet-key-escrow/2, which this version of Cabinet cannot read; it reads cabinet-key-escrow/1");
    }

    /** The first, middle and last three characters and the line end of every line. */
    private static List<Integer> positionsInEveryLine(byte[] text) {
        List<Integer> positions = new ArrayList<>();
        int start = 0;
        for (int end = 0; end < text.length; end++) {
            if (text[end] == '\n') {
                for (int position : new int[] { start, (start + end) / 2, end - 3, end - 2, end - 1, end }) {
                    if (position >= start && !positions.contains(position)) {
                        positions.add(position);
                    }
                }
                start = end + 1;
            }
        }
        return positions;
    }

    private static String lineAt(byte[] text, int position) {
        String all = new String(text, StandardCharsets.US_ASCII);
        int start = all.lastIndexOf('\n', position - 1) + 1;
        return all.substring(start, Math.min(start + 30, all.indexOf('\n', start)));
    }
}
