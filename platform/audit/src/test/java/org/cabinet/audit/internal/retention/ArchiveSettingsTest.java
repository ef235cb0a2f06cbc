package org.cabinet.audit.internal.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArchiveSettingsTest {

    @Test
    void twelveMonthsStayInTheDatabaseByDefault() {
        ArchiveSettings defaults = ArchiveSettings.defaults();

        assertThat(defaults.cutoff(Instant.parse("2026-11-28T10:15:00Z"))).isEqualTo("2025-11-28T10:15:00Z");
        assertThat(defaults.hour()).isEqualTo(3);
        assertThat(defaults.segmentEvents()).isEqualTo(10_000);
    }

    @Test
    void aRetentionIsCountedInCalendarMonths() {
        assertThat(new ArchiveSettings(1, 3, 10_000).cutoff(Instant.parse("2026-03-31T00:00:00Z")))
                .isEqualTo("2026-02-28T00:00:00Z");
        assertThat(new ArchiveSettings(36, 3, 10_000).cutoff(Instant.parse("2026-11-28T00:00:00Z")))
                .isEqualTo("2023-11-28T00:00:00Z");
    }

    @Test
    void valuesOutOfRangeAreRefusedByName() {
        assertThatThrownBy(() -> new ArchiveSettings(0, 3, 10_000)).hasMessage("retention.months must be between 1 "
                + "and 1200, not 0");
        assertThatThrownBy(() -> new ArchiveSettings(12, 24, 10_000)).hasMessageStartingWith("archive.hour");
        assertThatThrownBy(() -> new ArchiveSettings(12, 3, 10)).hasMessageStartingWith("archive.segment.events");
    }
}
