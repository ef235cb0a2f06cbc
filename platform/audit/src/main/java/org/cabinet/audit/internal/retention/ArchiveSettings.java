package org.cabinet.audit.internal.retention;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How archiving runs.
 *
 * @param retentionMonths months an event stays in the database
 * @param hour            hour of the day of the daily run, in the practice's zone
 * @param segmentEvents   most events one segment, and one transaction, holds
 */
public record ArchiveSettings(int retentionMonths, int hour, int segmentEvents) {

    static final int DEFAULT_RETENTION_MONTHS = 12;
    static final int DEFAULT_HOUR = 3;
    static final int DEFAULT_SEGMENT_EVENTS = 10_000;
    // the detection rules read an account's last four weeks from the database
    private static final int MIN_RETENTION_MONTHS = 1;
    private static final int MAX_RETENTION_MONTHS = 1200;
    // a segment is held in memory while it is written, and leaves the database in one transaction
    private static final int MIN_SEGMENT_EVENTS = 100;
    private static final int MAX_SEGMENT_EVENTS = 100_000;

    /** @throws IllegalArgumentException naming the first value out of its range */
    public ArchiveSettings {
        requireBetween("retention.months", retentionMonths, MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS);
        requireBetween("archive.hour", hour, 0, 23);
        requireBetween("archive.segment.events", segmentEvents, MIN_SEGMENT_EVENTS, MAX_SEGMENT_EVENTS);
    }

    /** @return 12 months, at 3 o'clock, 10,000 events a segment */
    public static ArchiveSettings defaults() {
        return new ArchiveSettings(DEFAULT_RETENTION_MONTHS, DEFAULT_HOUR, DEFAULT_SEGMENT_EVENTS);
    }

    /** @return the instant before which events are archived, {@link #retentionMonths} before {@code now} (UTC) */
    public Instant cutoff(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(retentionMonths).toInstant();
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
