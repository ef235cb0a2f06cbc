package org.cabinet.audit.internal.retention;

import java.nio.file.Path;
import java.time.Instant;

import org.cabinet.audit.internal.archive.Segment;

/**
 * What one archiving run did.
 *
 * @param cutoff   events recorded before it were to be archived
 * @param segments segments archived (written, or found written by a run that stopped)
 * @param events   events that left the database
 * @param first    the first of them, or 0
 * @param last     the last of them, or 0
 */
public record ArchiveRun(Instant cutoff, int segments, long events, long first, long last) {

    static ArchiveRun nothingBefore(Instant cutoff) {
        return new ArchiveRun(cutoff, 0, 0, 0, 0);
    }

    ArchiveRun plus(Segment segment) {
        return new ArchiveRun(cutoff, segments + 1, events + segment.events(), first == 0 ? segment.first() : first,
                segment.last());
    }

    /** @return one line for the console and the log */
    public String describe(Path folder) {
        return events == 0 ? "Nothing to archive: no event in the database was recorded before " + cutoff + "."
                : "Archived " + events + " events (sequences " + first + " to " + last + ", recorded before " + cutoff
                        + ") in " + segments + " segments in " + folder + ".";
    }
}
