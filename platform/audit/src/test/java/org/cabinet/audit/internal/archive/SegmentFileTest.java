package org.cabinet.audit.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;
import org.cabinet.audit.internal.store.ChainWalk;
import org.cabinet.audit.internal.testing.SegmentEdits;
import org.cabinet.audit.internal.testing.TestSignatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentFileTest {

    private static final long TIME = ChainHash.micros(Instant.parse("2025-03-01T10:00:00.123456Z"));

    @TempDir
    Path folder;

    private final TestSignatures signatures = new TestSignatures();

    @Test
    void eventsComeBackAsWrittenInANamedSelfDescribingFile() throws Exception {
        List<StoredEvent> events = chain(41, 60);

        Segment segment = SegmentFile.write(folder, events, signatures);

        Path file = folder.resolve("segment-0000000000000000041-0000000000000000060.ndjson.gz");
        assertThat(segment.fileName()).isEqualTo(file.getFileName().toString());
        assertThat(segment.events()).isEqualTo(20);
        assertThat(segment.previousHash()).isEqualTo(events.get(0).previousHash());
        assertThat(segment.lastHash()).isEqualTo(events.get(19).hash());
        List<StoredEvent> read = new ArrayList<>();
        assertThat(SegmentFile.read(file, signatures, read::add)).isEqualTo(segment);
        assertThat(read).isEqualTo(events);
        List<String> lines = SegmentEdits.lines(file);
        assertThat(lines).hasSize(22);
        assertThat(lines.get(0)).contains("\"format\":\"cabinet-audit-segment-v1\"", "\"first_seq\":41",
                "\"last_seq\":60", "\"description\":");
        assertThat(lines.get(1)).startsWith("{\"seq\":41,\"recorded_us\":" + TIME + ",\"node\":\"test\",\"actor\":");
        assertThat(lines.get(21)).startsWith("{\"seal\":\"cabinet-audit-segment-v1\",\"sha256\":");
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void anExistingSegmentIsNeverReplaced() throws Exception {
        SegmentFile.write(folder, chain(1, 10), signatures);
        byte[] before = Files.readAllBytes(folder.resolve(Segment.of(chain(1, 10)).fileName()));

        assertThatThrownBy(() -> SegmentFile.write(folder, chain(1, 10), signatures))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(folder.resolve(Segment.of(chain(1, 10)).fileName()))).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void anEditedEventBreaksTheChainWhereItIsAndTheSeal() throws Exception {
        Path file = folder.resolve(SegmentFile.write(folder, chain(1, 10), signatures).fileName());
        SegmentEdits.editEvent(file, 4, line -> line.replace("\"actor\":\"dr-4\"", "\"actor\":\"dr-x\""));

        ChainWalk walk = ChainWalk.fromStart(Set.of());
        assertThatThrownBy(() -> SegmentFile.read(file, signatures, walk::visit)).isInstanceOf(SegmentException.class)
                .hasMessageContaining(file.getFileName().toString()).hasMessageContaining("seal does not hold");
        assertThat(walk.broken()).hasValueSatisfying(at -> {
            assertThat(at.sequence()).isEqualTo(4);
            assertThat(at.problem()).contains("altered");
        });
    }

    @Test
    void aSegmentSealedElsewhereIsRefused() throws Exception {
        Path file = folder.resolve(SegmentFile.write(folder, chain(1, 10), new TestSignatures()).fileName());

        assertThatThrownBy(() -> SegmentFile.read(file, signatures, event -> {
        })).isInstanceOf(SegmentException.class).hasMessageContaining("was not written by this installation");
    }

    @Test
    void aSegmentCutShortOrDamagedIsRefused() throws Exception {
        Path file = folder.resolve(SegmentFile.write(folder, chain(1, 10), signatures).fileName());
        List<String> lines = SegmentEdits.lines(file);
        SegmentEdits.write(file, lines.subList(0, lines.size() - 1));
        assertThatThrownBy(() -> SegmentFile.read(file, signatures, event -> {
        })).isInstanceOf(SegmentException.class).hasMessageContaining("cut short");

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> SegmentFile.read(file, signatures, event -> {
        })).isInstanceOf(SegmentException.class).hasMessageContaining("damaged or cut short");
    }

    @Test
    void aSegmentRenamedToOtherEventsIsRefused() throws Exception {
        Path file = folder.resolve(SegmentFile.write(folder, chain(1, 10), signatures).fileName());
        Path renamed = Files.move(file, folder.resolve(Segment.of(chain(11, 20)).fileName()));

        assertThatThrownBy(() -> SegmentFile.read(renamed, signatures, event -> {
        })).isInstanceOf(SegmentException.class).hasMessageContaining("its name does not match");
    }

    /** Events {@code first} to {@code last} of a chain whose events before {@code first} are left out. */
    static List<StoredEvent> chain(long first, long last) {
        List<StoredEvent> events = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long sequence = 1; sequence <= last; sequence++) {
            AuditEvent event = new AuditEvent("dr-" + sequence, "gp", "p-" + sequence, AuditAction.READ, "patient",
                    null, AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP, "127.0.0.1");
            String hash = ChainHash.of(sequence, TIME, "test", event, previous);
            if (sequence >= first) {
                events.add(new StoredEvent(sequence, TIME, "test", event, previous, hash));
            }
            previous = hash;
        }
        return events;
    }
}
