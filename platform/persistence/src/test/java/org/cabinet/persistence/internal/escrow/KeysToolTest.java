package org.cabinet.persistence.internal.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.CLOCK;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.PASSPHRASE;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.escrow;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.newKeystore;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.Assumptions;
import org.cabinet.persistence.internal.crypto.KeyStoreFile;
import org.cabinet.persistence.internal.crypto.KeyStoreFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysToolTest {

    /** The keys of an earlier installation, and their escrow: made once, a key pair takes a while. */
    @TempDir
    static Path shared;
    private static Map<String, byte[]> escrowedKeys;
    private static Path template;

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void escrowTheKeysOfAnEarlierInstallation() {
        escrowedKeys = KeyStoreFiles.read(newKeystore(shared, Clock.offset(CLOCK, Duration.ofDays(-400))));
        template = shared.resolve("template.escrow");
        escrow().create(template, PASSPHRASE.toCharArray(), escrowedKeys);
    }

    private Path escrowFile() throws IOException {
        Path file = temp.resolve("usb").resolve("cabinet.escrow");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.copy(template, file);
        }
        return file;
    }

    private Path keystore() {
        return temp.resolve("cabinet").resolve("keys").resolve("cabinet.p12");
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = KeysTool.run(args, null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void restorePutsTheEscrowedKeysInPlaceAndMovesTheKeysThereAside() throws IOException {
        newKeystore(temp.resolve("cabinet"), CLOCK);
        Map<String, byte[]> before = KeyStoreFiles.read(keystore());

        Run run = run(PASSPHRASE + "\n", "restore", escrowFile().toString(), "--keystore", keystore().toString());

        assertThat(run.status()).isEqualTo(KeysTool.DONE);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Restored the keys of " + escrowFile() + " into " + keystore()
                + "; the files there before are kept as cabinet.p12.pass.replaced-20261128-151500, "
                + "cabinet.p12.primary.replaced-20261128-151500, cabinet.p12.replaced-20261128-151500. Start Cabinet.\n");
        assertThat(text(KeyStoreFiles.read(keystore()))).isEqualTo(text(escrowedKeys));
        assertThat(Files.readAllBytes(keystore().resolveSibling("cabinet.p12.replaced-20261128-151500"))).isEqualTo(before.get(""));
        KeyStoreFile restored = KeyStoreFile.openOrCreate(keystore(), CLOCK, new SecureRandom());
        assertThat(restored.created()).isFalse();
        assertThat(restored.dataKeyIds()).containsExactly("data-20251024-151500");
        assertThat(new EscrowTestMark(keystore()).status(escrowFile(), escrowedKeys).state()).isEqualTo(EscrowStatus.State.TESTED);
    }

    @Test
    void restoreWritesTheKeysOfAnInstallationThatHasNoneForTheirOwnerOnly() throws IOException {
        Run run = run(PASSPHRASE.toLowerCase().replace('-', ' ') + "\n", "restore", escrowFile().toString(),
                "--keystore", keystore().toString());

        assertThat(run.status()).isEqualTo(KeysTool.DONE);
        assertThat(run.out()).isEqualTo("Restored the keys of " + escrowFile() + " into " + keystore() + ". Start Cabinet.\n");
        assertThat(text(KeyStoreFiles.read(keystore()))).isEqualTo(text(escrowedKeys));
        Assumptions.assumeThat(EscrowFixtures.posix(temp)).isTrue();
        assertThat(EscrowFixtures.permissions(keystore().getParent())).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(keystore().getParent())) {
            for (Path file : files.toList()) {
                assertThat(EscrowFixtures.permissions(file)).as(file.toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void restoringTheKeysAlreadyInPlaceWritesNothing() throws IOException {
        KeyStoreFiles.write(keystore(), escrowedKeys, CLOCK.instant());

        Run run = run(PASSPHRASE + "\n", "restore", escrowFile().toString(), "--keystore", keystore().toString());

        assertThat(run.status()).isEqualTo(KeysTool.DONE);
        assertThat(run.out()).isEqualTo("The keystore " + keystore() + " already holds exactly the keys of " + escrowFile()
                + "; nothing written. The passphrase is recorded as tested.\n");
        try (Stream<Path> files = Files.list(keystore().getParent())) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("cabinet.p12",
                    "cabinet.p12.pass", "cabinet.p12.primary", "cabinet.p12.escrow-tested");
        }
    }

    @Test
    void verifyTellsWhetherTheEscrowHoldsTheCurrentKeys() throws IOException {
        String[] verify = { "verify", escrowFile().toString(), "--keystore", keystore().toString() };

        Run withoutKeys = run(PASSPHRASE + "\n", verify);
        newKeystore(temp.resolve("cabinet"), CLOCK);
        Run withOtherKeys = run(PASSPHRASE + "\n", verify);
        KeyStoreFiles.write(keystore(), escrowedKeys, CLOCK.instant());
        Run withTheEscrowedKeys = run(PASSPHRASE + "\n", verify);

        assertThat(withoutKeys).isEqualTo(new Run(KeysTool.OTHER_KEYS, "The passphrase opens " + escrowFile()
                + "; there is no keystore at " + keystore() + " to compare it with.\n", ""));
        assertThat(withOtherKeys).isEqualTo(new Run(KeysTool.OTHER_KEYS, "The passphrase opens " + escrowFile()
                + ", but it holds other keys than " + keystore() + " (an older or newer copy).\n", ""));
        assertThat(withTheEscrowedKeys).isEqualTo(new Run(KeysTool.DONE, "The passphrase opens " + escrowFile()
                + ", which holds exactly the current keys of " + keystore() + ".\n", ""));
        assertThat(new EscrowTestMark(keystore()).testedOn(KeyEscrow.keyPairFingerprint(escrowFile()))).contains(CLOCK.instant());
    }

    @Test
    void aWrongPassphraseChangesNothing() throws IOException {
        newKeystore(temp.resolve("cabinet"), CLOCK);
        Map<String, byte[]> before = KeyStoreFiles.read(keystore());

        Run run = run("K7QM-4XZD-81HV-PC3N-WE6R-0TYC\n", "restore", escrowFile().toString(), "--keystore", keystore().toString());

        assertThat(run).isEqualTo(new Run(KeysTool.FAILED, "", "cabinet-keys: The passphrase does not open the escrow file "
                + escrowFile() + "; check it character by character\n"));
        assertThat(text(KeyStoreFiles.read(keystore()))).isEqualTo(text(before));
        assertThat(new EscrowTestMark(keystore()).path()).doesNotExist();
    }

    @Test
    void aMistypedRecoveryPassphraseIsToldWhatIsWrong() throws IOException {
        Run run = run("K7QM-4XZD-81HV-PC3N-WE6R-0TY\n", "verify", escrowFile().toString(), "--keystore", keystore().toString());

        assertThat(run).isEqualTo(new Run(KeysTool.FAILED, "",
                "cabinet-keys: The recovery passphrase has 23 characters instead of 24 (6 groups of 4); check each group\n"));
    }

    @Test
    void aMissingOrDamagedEscrowIsToldBeforeThePassphraseIsAskedFor() throws IOException {
        Path missing = temp.resolve("missing.escrow");
        Path damaged = escrowFile();
        Files.writeString(damaged, Files.readString(damaged).replace("keys.sealed=", "keys.sealed=1"));

        Run withoutFile = run("", "verify", missing.toString(), "--keystore", keystore().toString());
        Run withDamagedFile = run("", "restore", damaged.toString(), "--keystore", keystore().toString());

        assertThat(withoutFile).isEqualTo(new Run(KeysTool.FAILED, "", "cabinet-keys: There is no escrow file " + missing + "\n"));
        assertThat(withDamagedFile).isEqualTo(new Run(KeysTool.FAILED, "", "cabinet-keys: The escrow file " + damaged
                + " is damaged or was edited (the value of keys.sealed is not valid); use another copy of it\n"));
        assertThat(keystore().getParent()).doesNotExist();
    }

    @Test
    void withoutAPassphraseNothingHappens() throws IOException {
        Run run = run("", "restore", escrowFile().toString(), "--keystore", keystore().toString());

        assertThat(run).isEqualTo(new Run(KeysTool.FAILED, "", "cabinet-keys: No passphrase given\n"));
        assertThat(keystore().getParent()).doesNotExist();
    }

    @Test
    void aPathTheSystemCannotTakeIsOneLineToo() throws IOException {
        Run run = run(PASSPHRASE + "\n", "verify", escrowFile().toString(), "--keystore", "keys/\0cabinet.p12");

        assertThat(run.status()).isEqualTo(KeysTool.FAILED);
        assertThat(run.err()).startsWith("cabinet-keys: ").endsWith("\n").hasLineCount(1);
    }

    @Test
    void wrongArgumentsAreNamedAboveTheUsage() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("backup", "x.escrow"), List.of("restore"),
                List.of("verify", "a.escrow", "b.escrow"), List.of("restore", "a.escrow", "--keystore"),
                List.of("restore", "--force", "a.escrow"))) {
            Run run = run("", args.toArray(String[]::new));

            assertThat(run.status()).as(args.toString()).isEqualTo(KeysTool.WRONG_ARGUMENTS);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).as(args.toString()).startsWith("cabinet-keys: ").contains("\nUsage: cabinet-keys restore");
        }
        assertThat(run("", "backup", "x.escrow").err()).startsWith("cabinet-keys: unknown command backup\n");
    }

    @Test
    void helpShowsTheUsage() {
        Run run = run("", "--help");

        assertThat(run.status()).isEqualTo(KeysTool.DONE);
        assertThat(run.out()).startsWith("Usage: cabinet-keys restore <escrow-file> [--keystore <path>]\n")
                .contains("cabinet-keys verify <escrow-file> [--keystore <path>]");
    }

    @Test
    void escrowWritesANewEscrowUnderAPassphraseOfYourOwnAndMovesTheOldOneAside() throws IOException {
        newKeystore(temp.resolve("cabinet"), CLOCK);
        Path file = escrowFile();
        String own = "une phrase de passe à moi, assez longue";

        Run run = run(own + "\n" + own + "\n", "escrow", file.toString(), "--keystore", keystore().toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("under your passphrase").doesNotContain(own);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("cabinet.escrow.replaced-"));
        }
        assertThat(KeyEscrow.open(file, own.toCharArray())).isNotEmpty();
        assertThat(KeyEscrow.coversKeys(file, KeyStoreFiles.read(keystore()))).isTrue();
        assertThat(new EscrowTestMark(keystore()).status(file, KeyStoreFiles.read(keystore())).state())
                .isEqualTo(EscrowStatus.State.TESTED);
    }

    @Test
    void escrowMakesAndPrintsAPassphraseWhenNoneIsTyped() throws IOException {
        newKeystore(temp.resolve("cabinet"), CLOCK);
        Path file = temp.resolve("fresh.escrow");

        Run run = run("\n", "escrow", file.toString(), "--keystore", keystore().toString());

        assertThat(run.status()).as(run.err()).isZero();
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile("Recovery passphrase: (\\S+)").matcher(run.out());
        assertThat(printed.find()).isTrue();
        assertThat(KeyEscrow.open(file, printed.group(1).toCharArray())).isNotEmpty();
        assertThat(new EscrowTestMark(keystore()).status(file, KeyStoreFiles.read(keystore())).state())
                .isEqualTo(EscrowStatus.State.UNTESTED);
    }

    @Test
    void escrowRefusesTwoDifferentPassphrases() throws IOException {
        newKeystore(temp.resolve("cabinet"), CLOCK);
        Path file = temp.resolve("never.escrow");

        Run run = run("une phrase de passe à moi, assez longue\nune autre phrase, assez longue aussi\n", "escrow",
                file.toString(), "--keystore", keystore().toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).contains("differ").hasLineCount(1);
        assertThat(file).doesNotExist();
    }
}
