package org.cabinet.audit.internal.retention;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.audit.internal.archive.Anchor;
import org.cabinet.audit.internal.archive.AnchorFiles;
import org.cabinet.audit.internal.archive.ArchiveAnchors;
import org.cabinet.audit.internal.archive.ArchiveFolder;
import org.cabinet.audit.internal.archive.DurableFiles;
import org.cabinet.audit.internal.archive.Segment;
import org.cabinet.audit.internal.archive.SegmentException;
import org.cabinet.audit.internal.archive.SegmentFile;
import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.store.AuditRepository;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;
import org.cabinet.audit.internal.store.ChainWalk;

/**
 * Moves the events recorded before a cutoff out of the database into signed segments, one bounded segment at a
 * time, in an order that a crash at any point leaves either the events in the database or a verified segment:
 * <ol>
 * <li>the events after the anchor are read and must continue the chain from it;</li>
 * <li>the segment is written and forced to disk (or, when a run stopped after writing it, found);</li>
 * <li>it is read back: its seal and its chain from the anchor must hold;</li>
 * <li>the new anchor, signed, is written beside the checkpoints;</li>
 * <li>in one transaction the anchor in the database moves and the archived events are deleted.</li>
 * </ol>
 * Running again completes what a stopped run began.
 */
public final class Archiving {

    /** The steps of one segment, in order. */
    public enum Step {
        SEGMENT_WRITTEN, SEGMENT_VERIFIED, ANCHOR_FILE_WRITTEN, EVENTS_DELETED
    }

    /** Told of each step as it is reached: a test stops a run there as a crash would. */
    @FunctionalInterface
    public interface Progress {
        void reached(Step step);
    }

    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final AuditRepository repository;
    private final ArchiveAnchors anchors;
    private final ArchiveFolder folder;
    private final AnchorFiles anchorFiles;
    private final Signatures signatures;
    private final int segmentEvents;
    private final Progress progress;

    public Archiving(AuditRepository repository, ArchiveAnchors anchors, ArchiveFolder folder, AnchorFiles anchorFiles,
            Signatures signatures, int segmentEvents, Progress progress) {
        this.repository = repository;
        this.anchors = anchors;
        this.folder = folder;
        this.anchorFiles = anchorFiles;
        this.signatures = signatures;
        this.segmentEvents = segmentEvents;
        this.progress = progress;
    }

    /**
     * Archives every event recorded before {@code cutoff}.
     *
     * @param now the time, to tell a crash's leftover files from files being written
     * @throws IllegalStateException when the chain or the archive does not hold where archiving would go on: what
     *         was archived before stays archived, nothing more is
     */
    public ArchiveRun before(Instant cutoff, Instant now) throws SQLException, IOException {
        DurableFiles.deleteLeftovers(folder.path(), now, LEFTOVER_AGE);
        ArchiveRun run = ArchiveRun.nothingBefore(cutoff);
        for (Optional<Segment> archived = next(cutoff); archived.isPresent(); archived = next(cutoff)) {
            run = run.plus(archived.get());
        }
        return run;
    }

    private Optional<Segment> next(Instant cutoff) throws SQLException, IOException {
        Anchor from = anchors.current();
        List<StoredEvent> events = repository.chainAfter(from.sequence(), ChainHash.micros(cutoff), segmentEvents);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        ChainWalk walk = new ChainWalk(from.sequence(), from.hash(), Set.of());
        events.forEach(walk::visit);
        if (walk.broken().isPresent()) {
            throw refused("the audit chain in the database is broken at sequence " + walk.broken().get().sequence()
                    + " (" + walk.broken().get().problem() + ")");
        }
        Optional<Path> written = folder.segmentFrom(from.sequence() + 1);
        Segment segment = written.isPresent() ? found(written.get(), from) : SegmentFile.write(folder.path(), events,
                signatures);
        progress.reached(Step.SEGMENT_WRITTEN);
        readBack(folder.path().resolve(segment.fileName()), from);
        progress.reached(Step.SEGMENT_VERIFIED);
        Anchor to = Anchor.after(segment).signedWith(signatures);
        anchorFiles.write(to);
        progress.reached(Step.ANCHOR_FILE_WRITTEN);
        anchors.advance(from, to, () -> progress.reached(Step.EVENTS_DELETED));
        return Optional.of(segment);
    }

    /** A segment a stopped run wrote: it is taken again only if it holds exactly the events the database holds. */
    private Segment found(Path file, Anchor from) throws SQLException, IOException {
        Segment segment = readBack(file, from);
        if (!repository.hashAt(segment.last()).equals(Optional.of(segment.lastHash()))) {
            throw refused("the archived segment " + file.getFileName() + " exists but does not hold the events the "
                    + "database holds: one of them was altered");
        }
        return segment;
    }

    /** @return the segment, once its seal and its chain from the anchor hold */
    private Segment readBack(Path file, Anchor from) throws IOException {
        ChainWalk walk = new ChainWalk(from.sequence(), from.hash(), Set.of());
        Segment segment;
        try {
            segment = SegmentFile.read(file, signatures, walk::visit);
        } catch (SegmentException e) {
            throw refused(e.getMessage());
        }
        if (walk.broken().isPresent()) {
            throw refused("the archived segment " + file.getFileName() + " does not continue the chain at sequence "
                    + walk.broken().get().sequence() + " (" + walk.broken().get().problem() + ")");
        }
        return segment;
    }

    private static IllegalStateException refused(String problem) {
        return new IllegalStateException(problem + "; nothing more is archived until cabinet:audit-verify says the "
                + "audit chain is intact");
    }
}
