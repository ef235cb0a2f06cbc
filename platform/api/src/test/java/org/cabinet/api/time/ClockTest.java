package org.cabinet.api.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ClockTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Clock lateEvening = new Clock() {
        @Override
        public Instant now() {
            return Instant.parse("2025-12-31T23:30:00Z");
        }

        @Override
        public ZoneId zone() {
            return PARIS;
        }
    };

    @Test
    void todayIsTheDateInThePracticeZoneNotInUtc() {
        assertThat(lateEvening.today()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void javaClockViewFollowsTheService() {
        java.time.Clock view = lateEvening.asJavaClock();
        assertThat(view.instant()).isEqualTo(Instant.parse("2025-12-31T23:30:00Z"));
        assertThat(view.getZone()).isEqualTo(PARIS);
        assertThat(view.withZone(ZoneId.of("UTC")).instant()).isEqualTo(view.instant());
    }
}
