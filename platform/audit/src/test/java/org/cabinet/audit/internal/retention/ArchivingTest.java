package org.cabinet.audit.internal.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.audit.internal.archive.Anchor;
import org.cabinet.audit.internal.retention.Archiving.Step;
import org.cabinet.audit.internal.testing.SegmentEdits;
import org.cabinet.audit.internal.testing.TestAudit;
import org.cabinet.audit.internal.verify.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Archiving on a real Derby: what leaves the database, in what, and what a crash between the steps leaves. */
class ArchivingTest {

    private static final int SEGMENT = 10;

    @TempDir
    Path base;

    private TestAudit audit;
    private List<RecordedEvent> old;
    private Instant cutoff;

    @BeforeEach
    void twentyFiveOldEventsAndFiveRecentOnes() throws Exception {
        audit = new TestAudit(base);
        old = audit.append(25, "dr-old");
        audit.clock().advance(Duration.ofDays(40));
        audit.append(5, "dr-recent");
        cutoff = audit.clock().now().minus(Duration.ofDays(30));
    }

    @AfterEach
    void close() throws Exception {
        audit.close();
    }

    @Test
    void eventsOlderThanTheCutoffLeaveTheDatabaseOnlyForVerifiedSegments() throws Exception {
        ArchiveRun run = audit.archiveBefore(cutoff, SEGMENT);

        assertThat(run.events()).isEqualTo(25);
        assertThat(run.segments()).isEqualTo(3);
        assertThat(run.first()).isEqualTo(1);
        assertThat(run.last()).isEqualTo(25);
        assertThat(audit.online()).isEqualTo(5);
        assertThat(audit.folders().archive().segments()).extracting(file -> file.getFileName().toString())
                .containsExactly("segment-0000000000000000001-0000000000000000010.ndjson.gz",
                        "segment-0000000000000000011-0000000000000000020.ndjson.gz",
                        "segment-0000000000000000021-0000000000000000025.ndjson.gz");
        Anchor anchor = audit.anchors().current();
        assertThat(anchor.sequence()).isEqualTo(25);
        assertThat(anchor.hash()).isEqualTo(old.get(24).hash());
        assertThat(anchor.completeFrom()).isAfter(old.get(24).time());
        assertThat(audit.folders().anchorFiles().all()).extracting(Anchor::sequence).containsExactly(10L, 20L, 25L);
        assertThat(audit.folders().anchorFiles().all().get(2)).isEqualTo(anchor);
        Verification verification = audit.verify();
        assertThat(verification.intact()).as(verification.describe()).isTrue();
        assertThat(verification.verifiedUpTo()).isEqualTo(30);
        assertThat(verification.events()).isEqualTo(30);
        assertThat(verification.segments()).isEqualTo(3);
        assertThat(verification.archivedUpTo()).isEqualTo(25);

        assertThat(audit.archiveBefore(cutoff, SEGMENT).events()).isZero();
        audit.append(1, "dr-after");
        assertThat(audit.verify().verifiedUpTo()).isEqualTo(31);
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aCrashAtAnyStepLeavesTheEventsOnlineOrInAVerifiedSegmentAndRunningAgainCompletes(Step crash)
            throws Exception {
        Archiving crashing = audit.archiving(SEGMENT, step -> {
            if (step == crash) {
                throw new Crash();
            }
        });
        assertThatThrownBy(() -> crashing.before(cutoff, audit.clock().now())).isInstanceOf(Crash.class);

        assertThat(audit.online()).isEqualTo(30);
        assertThat(audit.anchors().current()).isEqualTo(Anchor.NOTHING_ARCHIVED);
        assertThat(audit.folders().archive().segments()).hasSize(1);
        Verification between = audit.verify();
        assertThat(between.intact()).as(between.describe()).isTrue();
        assertThat(between.verifiedUpTo()).isEqualTo(30);

        ArchiveRun again = audit.archiveBefore(cutoff, SEGMENT);

        assertThat(again.events()).isEqualTo(25);
        assertThat(audit.online()).isEqualTo(5);
        assertThat(audit.folders().archive().segments()).hasSize(3);
        Verification after = audit.verify();
        assertThat(after.intact()).as(after.describe()).isTrue();
        assertThat(after.archivedUpTo()).isEqualTo(25);
    }

    @Test
    void aBrokenChainInTheDatabaseIsNotArchived() throws Exception {
        audit.sql("UPDATE audit_event SET actor = 'dr-other' WHERE seq = 14");

        assertThatThrownBy(() -> audit.archiveBefore(cutoff, SEGMENT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken at sequence 14").hasMessageContaining("cabinet:audit-verify");
        assertThat(audit.anchors().current().sequence()).isEqualTo(10);
        assertThat(audit.online()).isEqualTo(20);
    }

    @Test
    void aSegmentOnDiskThatDiffersFromTheDatabaseIsLeftAsItIsAndStopsArchiving() throws Exception {
        Archiving crashing = audit.archiving(SEGMENT, step -> {
            if (step == Step.SEGMENT_VERIFIED) {
                throw new Crash();
            }
        });
        assertThatThrownBy(() -> crashing.before(cutoff, audit.clock().now())).isInstanceOf(Crash.class);
        Path segment = audit.folders().archive().segments().get(0);
        SegmentEdits.editEvent(segment, 3, line -> line.replace("dr-old", "dr-new"));
        byte[] edited = Files.readAllBytes(segment);

        assertThatThrownBy(() -> audit.archiveBefore(cutoff, SEGMENT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(segment.getFileName().toString());
        assertThat(Files.readAllBytes(segment)).isEqualTo(edited);
        assertThat(audit.online()).isEqualTo(30);
    }

    @Test
    void onlyLeftoversOlderThanAnHourAreCleanedUp() throws Exception {
        Path folder = audit.folders().archive().path();
        Files.createDirectories(folder);
        Path stale = Files.writeString(folder.resolve(".segment-x.ndjson.gz.1.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(audit.clock().now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(folder.resolve(".segment-y.ndjson.gz.2.tmp"), "being written");
        Files.setLastModifiedTime(fresh, FileTime.from(audit.clock().now().minus(Duration.ofMinutes(5))));

        audit.archiveBefore(cutoff, SEGMENT);

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    private static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
