package org.cabinet.audit.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.audit.internal.archive.Anchor;
import org.cabinet.audit.internal.archive.SegmentFile;
import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;
import org.cabinet.audit.internal.testing.SegmentEdits;
import org.cabinet.audit.internal.testing.TestAudit;
import org.cabinet.audit.internal.testing.TestSignatures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier over three archived segments (events 1-10, 11-20, 21-25) and the five events still in the
 * database: what it says when all holds, and whom it names when a segment, the anchor or the database was tampered
 * with.
 */
class ArchiveVerificationTest {

    @TempDir
    Path base;

    private TestAudit audit;
    private List<RecordedEvent> events;

    @BeforeEach
    void archiveTwentyFiveOfThirtyEvents() throws Exception {
        audit = new TestAudit(base);
        events = new ArrayList<>(audit.append(12, "dr-old"));
        audit.checkpoints().write();
        events.addAll(audit.append(13, "dr-old"));
        Instant cutoff = audit.clock().now().plusSeconds(1);
        audit.clock().advance(Duration.ofDays(40));
        events.addAll(audit.append(5, "dr-recent"));
        audit.checkpoints().write();
        audit.archiveBefore(cutoff, 10);
    }

    @AfterEach
    void close() throws Exception {
        audit.close();
    }

    @Test
    void theChainHoldsAcrossSegmentsAnchorAndDatabaseAndCheckpointsOnBothSides() throws Exception {
        Verification verification = audit.verify();

        assertThat(verification.intact()).as(verification.describe()).isTrue();
        assertThat(verification).extracting(Verification::verifiedUpTo, Verification::events, Verification::segments,
                Verification::archivedUpTo, Verification::checkpoints).containsExactly(30L, 30L, 3, 25L, 2);
        assertThat(verification.describe()).isEqualTo("The audit chain is intact up to sequence 30 (30 events, "
                + "2 checkpoints checked; 3 archived segments up to sequence 25).");
    }

    @Test
    void anEventEditedInASegmentIsNamedWithItsFile() throws Exception {
        SegmentEdits.editEvent(segment(1), 14, line -> line.replace("\"role\":\"gp\"", "\"role\":\"nurse\""));

        assertBroken(14, "segment-0000000000000000011-0000000000000000020.ndjson.gz", "altered after it was recorded");
    }

    @Test
    void anEventRemovedFromASegmentIsNamed() throws Exception {
        Path segment = segment(1);
        List<String> lines = SegmentEdits.lines(segment);
        SegmentEdits.write(segment, lines.stream().filter(line -> !line.startsWith("{\"seq\":15,")).toList());

        assertBroken(15, segment.getFileName().toString(), "event 15 is missing");
    }

    @Test
    void aSegmentRewrittenWithoutThisInstallationsKeyIsCaughtByItsSeal() throws Exception {
        Path segment = segment(1);
        List<StoredEvent> held = new ArrayList<>();
        SegmentFile.read(segment, signatures(), held::add);
        Path elsewhere = Files.createDirectories(base.resolve("elsewhere"));
        SegmentFile.write(elsewhere, held, new TestSignatures());
        Files.move(elsewhere.resolve(segment.getFileName()), segment, StandardCopyOption.REPLACE_EXISTING);

        assertBroken(11, segment.getFileName().toString(), "was not written by this installation");
    }

    @Test
    void aDeletedSegmentIsNamed() throws Exception {
        Files.delete(segment(1));

        assertBroken(11, "segment-0000000000000000021-0000000000000000025.ndjson.gz", "no archived segment holds "
                + "the events 11 to 20");
    }

    @Test
    void theLastSegmentDeletedIsNamedByTheAnchor() throws Exception {
        Files.delete(segment(2));

        assertBroken(21, "segment-0000000000000000021-0000000000000000025.ndjson.gz", "a segment was deleted or "
                + "moved");
    }

    @Test
    void theArchiveFolderGoneIsNamed() throws Exception {
        for (Path segment : audit.folders().archive().segments()) {
            Files.delete(segment);
        }

        Verification verification = audit.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(1);
        assertThat(verification.problem()).contains(audit.folders().archive().path().toString());
    }

    @Test
    void aForgedAnchorIsNamed() throws Exception {
        audit.sql("DELETE FROM audit_event WHERE seq <= 27");
        audit.sql("UPDATE audit_archive_anchor SET seq = 27, hash = ? WHERE id = 1", events.get(26).hash());

        assertBroken(26, Verification.DATABASE, "does not carry this installation's signature: it was forged");
    }

    @Test
    void anEarlierAnchorPutBackIsNamed() throws Exception {
        Anchor earlier = audit.folders().anchorFiles().all().get(0);
        audit.sql("UPDATE audit_archive_anchor SET seq = ?, hash = ?, recorded_us = ?, segment = ?, signature = ? "
                + "WHERE id = 1", earlier.sequence(), earlier.hash(), ChainHash.micros(earlier.time()),
                earlier.segment(), earlier.signature());

        assertBroken(11, Verification.DATABASE, "an earlier anchor was put back");
    }

    @Test
    void anArchivedEventPutBackInTheDatabaseIsNamed() throws Exception {
        audit.sql("INSERT INTO audit_event (seq, recorded_us, node, actor, role, patient_id, action, resource_type, "
                + "resource_id, outcome, basis, client_address, prev_hash, hash) SELECT 7, recorded_us, node, actor, "
                + "role, patient_id, action, resource_type, resource_id, outcome, basis, client_address, prev_hash, "
                + "hash FROM audit_event WHERE seq = 26");

        assertBroken(7, Verification.DATABASE, "although it was archived");
    }

    @Test
    void theFirstEventOnlineMustFollowTheAnchor() throws Exception {
        audit.sql("UPDATE audit_event SET prev_hash = ? WHERE seq = 26", events.get(10).hash());

        assertBroken(26, Verification.DATABASE, "does not follow the one before it");
    }

    private TestSignatures signatures() {
        return audit.signatures();
    }

    private Path segment(int index) throws Exception {
        return audit.folders().archive().segments().get(index);
    }

    private void assertBroken(long sequence, String location, String problem) throws Exception {
        Verification verification = audit.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).as(verification.describe()).isEqualTo(sequence);
        assertThat(verification.location()).isEqualTo(location);
        assertThat(verification.problem()).contains(problem);
        assertThat(verification.describe()).contains("broken at sequence " + sequence, location);
    }
}
