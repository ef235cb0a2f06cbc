package org.cabinet.records.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cabinet.records.internal.guard.Times;

/**
 * The demo practitioner's coming days: opening hours (weekdays 08:30–12:00 and 14:00–18:40) when they have none,
 * and 20-minute consultations booked back to back from the first working day after their last appointment, one
 * per demo patient up to a week's worth. Those appointments are what lets the practitioner open the patients'
 * charts, as in a practice.
 */
final class DemoAgenda {


    private static final String HOURS = String.join(",", List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
            .map(day -> day + " 08:30-12:00," + day + " 14:00-18:40").toList());
    private static final List<LocalTime> SLOTS = slots();

    /** at most five working days' worth */
    static final int MOST = 5 * SLOTS.size();

    private DemoAgenda() {
    }

    static int book(Connection connection, String practitionerId, List<String> patientIds, LocalDate today, ZoneId zone,
            long nowUs, String actor) throws SQLException {
        ensureSchedule(connection, practitionerId, nowUs, actor);
        LocalDate day = nextWorkingDay(latestDay(connection, practitionerId, zone).orElse(today));
        int booked = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rec_appointment (id, patient_id,"
                + " practitioner_id, type_code, starts_us, ends_us, status, version, created_us, created_by,"
                + " updated_us, updated_by) VALUES (?, ?, ?, 'consultation', ?, ?, 'booked', 1, ?, ?, ?, ?)")) {
            for (String patientId : patientIds.subList(0, Math.min(MOST, patientIds.size()))) {
                LocalTime slot = SLOTS.get(booked % SLOTS.size());
                if (booked > 0 && booked % SLOTS.size() == 0) {
                    day = nextWorkingDay(day);
                }
                ZonedDateTime start = day.atTime(slot).atZone(zone);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, patientId);
                insert.setString(3, practitionerId);
                insert.setLong(4, Times.micros(start.toInstant()));
                insert.setLong(5, Times.micros(start.plusMinutes(20).toInstant()));
                insert.setLong(6, nowUs);
                insert.setString(7, actor);
                insert.setLong(8, nowUs);
                insert.setString(9, actor);
                insert.addBatch();
                booked++;
            }
            insert.executeBatch();
        }
        return booked;
    }

    private static void ensureSchedule(Connection connection, String practitionerId, long nowUs, String actor)
            throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM rec_schedule WHERE practitioner_id = ?")) {
            exists.setString(1, practitionerId);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rec_schedule (practitioner_id,"
                + " weekly_hours, bookings, version, updated_us, updated_by) VALUES (?, ?, 0, 1, ?, ?)")) {
            insert.setString(1, practitionerId);
            insert.setString(2, HOURS);
            insert.setLong(3, nowUs);
            insert.setString(4, actor);
            insert.executeUpdate();
        }
    }

    private static java.util.Optional<LocalDate> latestDay(Connection connection, String practitionerId, ZoneId zone)
            throws SQLException {
        try (PreparedStatement latest = connection.prepareStatement(
                "SELECT MAX(starts_us) FROM rec_appointment WHERE practitioner_id = ?")) {
            latest.setString(1, practitionerId);
            try (ResultSet found = latest.executeQuery()) {
                found.next();
                long micros = found.getLong(1);
                return found.wasNull() ? java.util.Optional.empty()
                        : java.util.Optional.of(Times.instant(micros).atZone(zone).toLocalDate());
            }
        }
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static List<LocalTime> slots() {
        List<LocalTime> slots = new ArrayList<>();
        for (LocalTime t = LocalTime.of(8, 30); !t.plusMinutes(20).isAfter(LocalTime.of(12, 0)); t = t.plusMinutes(20)) {
            slots.add(t);
        }
        for (LocalTime t = LocalTime.of(14, 0); !t.plusMinutes(20).isAfter(LocalTime.of(18, 40)); t = t.plusMinutes(20)) {
            slots.add(t);
        }
        return List.copyOf(slots);
    }
}
