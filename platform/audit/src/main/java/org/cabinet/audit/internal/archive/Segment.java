package org.cabinet.audit.internal.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;

/**
 * What an archived segment holds: the events {@code first} to {@code last} of the chain, the hash the first of
 * them follows and the hash of the last, and when the first and the last were recorded. The first line of its
 * file says as much.
 */
public record Segment(long first, long last, String previousHash, String lastHash, Instant firstTime,
        Instant lastTime) {

    private static final Pattern NAME = Pattern.compile("segment-(\\d{19})-(\\d{19})\\.ndjson\\.gz");

    /** @return the segment of these events, in chain order (at least one) */
    public static Segment of(List<StoredEvent> events) {
        StoredEvent first = events.get(0);
        StoredEvent last = events.get(events.size() - 1);
        return new Segment(first.sequence(), last.sequence(), first.previousHash(), last.hash(),
                ChainHash.instant(first.timeMicros()), ChainHash.instant(last.timeMicros()));
    }

    public long events() {
        return last - first + 1;
    }

    /** @return its file name, such that names sort in chain order */
    public String fileName() {
        return String.format("segment-%019d-%019d.ndjson.gz", first, last);
    }

    /** @return the first and last sequence numbers a segment file's name gives, if it is one */
    public static Optional<long[]> range(String fileName) {
        Matcher name = NAME.matcher(fileName);
        return name.matches() ? Optional.of(new long[] { Long.parseLong(name.group(1)), Long.parseLong(name.group(2)) })
                : Optional.empty();
    }
}
