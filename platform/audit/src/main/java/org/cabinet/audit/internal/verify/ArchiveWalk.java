package org.cabinet.audit.internal.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.audit.internal.archive.ArchiveFolder;
import org.cabinet.audit.internal.archive.Segment;
import org.cabinet.audit.internal.archive.SegmentException;
import org.cabinet.audit.internal.archive.SegmentFile;
import org.cabinet.audit.internal.store.ChainWalk;

/**
 * Walks the archived segments in chain order: each one sealed by this installation, the first starting the
 * chain, each following the one before without gap or overlap, and every event in them linked as online.
 */
final class ArchiveWalk {

    private final ArchiveFolder folder;
    private final Signatures signatures;
    private int segments;

    ArchiveWalk(ArchiveFolder folder, Signatures signatures) {
        this.folder = folder;
        this.signatures = signatures;
    }

    /** @return what breaks the chain in the archive, if anything; {@code chain} is left after the last segment */
    Optional<Finding> walk(ChainWalk chain) throws IOException {
        for (Path file : folder.segments()) {
            String name = file.getFileName().toString();
            long first = Segment.range(name).orElseThrow()[0];
            long expected = chain.last() + 1;
            if (first > expected) {
                return Optional.of(new Finding(expected, name, "no archived segment holds the events " + expected
                        + " to " + (first - 1) + " in " + folder.path() + ": a segment was deleted or moved"));
            }
            if (first < expected) {
                return Optional.of(new Finding(first, name, "the segment overlaps the one before it"));
            }
            try {
                SegmentFile.read(file, signatures, chain::visit);
            } catch (SegmentException | IOException e) {
                return Optional.of(chain.broken().map(at -> new Finding(at.sequence(), name, at.problem()))
                        .orElseGet(() -> new Finding(first, name, e instanceof SegmentException ? e.getMessage()
                                : "the archived segment " + name + " cannot be read: " + e.getMessage())));
            }
            if (chain.broken().isPresent()) {
                return Optional.of(new Finding(chain.broken().get().sequence(), name, chain.broken().get().problem()));
            }
            segments++;
        }
        return Optional.empty();
    }

    /** @return the segments found whole */
    int segments() {
        return segments;
    }
}
