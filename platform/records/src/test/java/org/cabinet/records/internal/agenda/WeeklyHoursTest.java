package org.cabinet.records.internal.agenda;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.cabinet.api.rest.ProblemException;
import org.junit.jupiter.api.Test;

/** Opening hours: an appointment lies within one opening of its day, read in the practice's zone. */
class WeeklyHoursTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final WeeklyHours WEEK = WeeklyHours.of(List.of(
            opening(MONDAY, "14:00", "18:00"), opening(MONDAY, "08:30", "12:00"), opening(TUESDAY, "09:00", "12:00")));

    @Test
    void anAppointmentWithinOneOpeningIsCoveredUpToItsClosingTime() {
        // Monday 2026-03-02, Paris is UTC+1 in winter
        assertThat(WEEK.covers(Instant.parse("2026-03-02T07:30:00Z"), Instant.parse("2026-03-02T07:50:00Z"), PARIS))
                .isTrue();
        assertThat(WEEK.covers(Instant.parse("2026-03-02T10:40:00Z"), Instant.parse("2026-03-02T11:00:00Z"), PARIS))
                .as("ends exactly at closing time").isTrue();
    }

    @Test
    void anAppointmentBeforeOpeningAcrossTheLunchBreakOrPastClosingIsNot() {
        assertThat(WEEK.covers(Instant.parse("2026-03-02T07:20:00Z"), Instant.parse("2026-03-02T07:40:00Z"), PARIS))
                .as("starts 08:20, before 08:30").isFalse();
        assertThat(WEEK.covers(Instant.parse("2026-03-02T10:50:00Z"), Instant.parse("2026-03-02T11:10:00Z"), PARIS))
                .as("11:50 to 12:10").isFalse();
        assertThat(WEEK.covers(Instant.parse("2026-03-02T10:50:00Z"), Instant.parse("2026-03-02T13:10:00Z"), PARIS))
                .as("across the lunch break").isFalse();
        assertThat(WEEK.covers(Instant.parse("2026-03-04T08:00:00Z"), Instant.parse("2026-03-04T08:20:00Z"), PARIS))
                .as("a Wednesday, closed").isFalse();
    }

    @Test
    void readsTheTimeInThePracticesZoneAcrossSummerTime() {
        // Monday 2026-06-01, Paris is UTC+2: 08:30 local is 06:30 UTC
        assertThat(WEEK.covers(Instant.parse("2026-06-01T06:30:00Z"), Instant.parse("2026-06-01T06:50:00Z"), PARIS))
                .isTrue();
        assertThat(WEEK.covers(Instant.parse("2026-06-01T09:50:00Z"), Instant.parse("2026-06-01T10:10:00Z"), PARIS))
                .as("11:50 to 12:10 local").isFalse();
    }

    @Test
    void neverCoversAnAppointmentAcrossMidnight() {
        WeeklyHours allWeek = WeeklyHours.of(List.of(opening(SUNDAY, "00:00", "23:59"), opening(MONDAY, "00:00", "23:59")));
        assertThat(allWeek.covers(Instant.parse("2026-03-01T22:50:00Z"), Instant.parse("2026-03-01T23:10:00Z"), PARIS))
                .isFalse();
    }

    @Test
    void refusesAnOpeningThatClosesBeforeItOpensOrOverlapsAnother() {
        assertThatThrownBy(() -> WeeklyHours.of(List.of(opening(MONDAY, "12:00", "08:00"))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.field()).isEqualTo("weeklyHours[0].to");
                });
        assertThatThrownBy(() -> WeeklyHours.of(List.of(opening(MONDAY, "08:00", "12:00"), opening(TUESDAY, "08:00", "12:00"),
                opening(MONDAY, "11:00", "13:00"))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.field())
                        .isEqualTo("weeklyHours[2]"));
        assertThatThrownBy(() -> WeeklyHours.of(List.of(new OpeningHours(null, LocalTime.NOON, LocalTime.MIDNIGHT))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.field())
                        .isEqualTo("weeklyHours[0].day"));
        assertThat(WeeklyHours.of(List.of(opening(MONDAY, "08:00", "12:00"), opening(MONDAY, "12:00", "13:00")))
                .openings()).as("touching openings do not overlap").hasSize(2);
    }

    @Test
    void storesTheWeekInOneColumnAndReadsItBackInOrder() {
        String stored = WEEK.encode();
        assertThat(stored).isEqualTo("MONDAY 08:30-12:00,MONDAY 14:00-18:00,TUESDAY 09:00-12:00");
        assertThat(WeeklyHours.decode(stored).openings()).isEqualTo(WEEK.openings());
        assertThat(WeeklyHours.decode("").openings()).isEmpty();
    }

    private static OpeningHours opening(java.time.DayOfWeek day, String from, String to) {
        return new OpeningHours(day, LocalTime.parse(from), LocalTime.parse(to));
    }
}
