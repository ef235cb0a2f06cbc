package org.cabinet.persistence.internal.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.NOW;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.PASSPHRASE;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.escrow;
import static org.cabinet.persistence.internal.escrow.EscrowFixtures.keyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.assertj.core.api.Assumptions;
import org.cabinet.persistence.internal.escrow.EscrowStatus.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscrowTestMarkTest {

    private static final Instant TESTED = Instant.parse("2026-12-01T09:30:12Z");

    @TempDir
    Path temp;

    private Path keystore() {
        return temp.resolve("keys").resolve("cabinet.p12");
    }

    private Path escrowFile() {
        return temp.resolve("cabinet.escrow");
    }

    @Test
    void withoutAnEscrowFileTheKeysHaveNoCopy() {
        EscrowStatus status = new EscrowTestMark(keystore()).status(escrowFile(), keyFiles("A"));

        assertThat(status.state()).isEqualTo(State.MISSING);
        assertThat(status.coversCurrentKeys()).isFalse();
        assertThat(status.describe()).isEqualTo("No escrow file at " + escrowFile() + ": the keys have no copy apart from this machine.");
    }

    @Test
    void anEscrowWhosePassphraseNeverOpenedItIsUntested() {
        escrow().create(escrowFile(), PASSPHRASE.toCharArray(), keyFiles("A"));
        EscrowTestMark mark = new EscrowTestMark(keystore());

        EscrowStatus current = mark.status(escrowFile(), keyFiles("A"));
        EscrowStatus behind = mark.status(escrowFile(), keyFiles("B"));

        assertThat(current.state()).isEqualTo(State.UNTESTED);
        assertThat(current.testedOn()).isEmpty();
        assertThat(current.coversCurrentKeys()).isTrue();
        assertThat(behind.coversCurrentKeys()).isFalse();
        assertThat(behind.describe()).isEqualTo("Escrow file " + escrowFile()
                + ": its passphrase was never tested; it does NOT hold the current keys.");
    }

    @Test
    void aTestedPassphraseStaysTestedAcrossResealsButNotForANewEscrow() {
        escrow().create(escrowFile(), PASSPHRASE.toCharArray(), keyFiles("A"));
        EscrowTestMark mark = new EscrowTestMark(keystore());

        mark.record(KeyEscrow.keyPairFingerprint(escrowFile()), TESTED);
        escrow().reseal(escrowFile(), keyFiles("B"));
        EscrowStatus resealed = mark.status(escrowFile(), keyFiles("B"));
        escrow().create(escrowFile(), PASSPHRASE.toCharArray(), keyFiles("B"));
        EscrowStatus replaced = mark.status(escrowFile(), keyFiles("B"));

        assertThat(resealed.state()).isEqualTo(State.TESTED);
        assertThat(resealed.testedOn()).contains(TESTED);
        assertThat(resealed.describe()).isEqualTo("Escrow file " + escrowFile()
                + ": passphrase tested on 2026-12-01T09:30:12Z; it holds the current keys.");
        assertThat(replaced.state()).isEqualTo(State.UNTESTED);
    }

    @Test
    void theRecordLiesBesideTheKeystoreForItsOwnerOnly() throws IOException {
        EscrowTestMark mark = new EscrowTestMark(keystore());

        mark.record("ab12", NOW);

        assertThat(mark.path()).isEqualTo(temp.resolve("keys").resolve("cabinet.p12.escrow-tested"));
        assertThat(Files.readAllLines(mark.path())).contains("key-pair=ab12", "tested=2026-11-28T15:15:00Z");
        assertThat(mark.testedOn("ab12")).contains(NOW);
        assertThat(mark.testedOn("cd34")).isEmpty();
        Assumptions.assumeThat(EscrowFixtures.posix(temp)).isTrue();
        assertThat(EscrowFixtures.permissions(mark.path())).isEqualTo("rw-------");
        assertThat(EscrowFixtures.permissions(mark.path().getParent())).isEqualTo("rwx------");
    }

    @Test
    void aMissingOrUnreadableRecordCountsAsNeverTested() throws IOException {
        EscrowTestMark mark = new EscrowTestMark(keystore());
        assertThat(mark.testedOn("ab12")).isEmpty();

        Files.createDirectories(keystore().getParent());
        Files.writeString(mark.path(), "key-pair=ab12\ntested=yesterday\n");

        assertThat(mark.testedOn("ab12")).isEmpty();
    }
}
