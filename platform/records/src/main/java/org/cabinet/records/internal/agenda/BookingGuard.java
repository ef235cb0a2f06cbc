package org.cabinet.records.internal.agenda;

import java.time.ZoneId;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.openjpa.persistence.OpenJPAPersistence;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.Times;

/**
 * Keeps one practitioner, and one room, from being booked twice for the same time, also when two bookings race.
 * Within the booking's transaction it first increments the practitioner's schedule row (and the room's row): the
 * row lock that update takes, on Derby as on PostgreSQL, makes any other booking of the same practitioner or room
 * wait until this one commits or rolls back, and only then does it look for clashes.
 */
final class BookingGuard {

    /** the one status that frees a slot */
    private static final String FREED = AppointmentStatus.CANCELLED.id();

    private BookingGuard() {
    }

    /**
     * Locks the slot's practitioner and room, then checks the slot against opening hours, absences and the other
     * appointments that are not cancelled.
     *
     * @param self the appointment being moved, or {@code null} for a new one (it does not clash with itself)
     * @throws org.cabinet.api.rest.ProblemException 400 for a practitioner without a schedule or an unknown room,
     *         409 naming the clash
     */
    static void reserve(EntityManager em, Slot slot, String self, ZoneId zone) {
        lock(em, slot);
        ScheduleEntity schedule = em.find(ScheduleEntity.class, slot.practitionerId());
        if (!schedule.weeklyHours().covers(slot.start(), slot.end(), zone)) {
            throw AgendaProblems.outsideOpeningHours();
        }
        List<AbsenceEntity> absences = em.createQuery("SELECT a FROM AbsenceEntity a WHERE a.practitionerId = :who"
                + " AND a.startsUs < :end AND a.endsUs > :start ORDER BY a.startsUs", AbsenceEntity.class)
                .setParameter("who", slot.practitionerId()).setParameter("start", Times.micros(slot.start()))
                .setParameter("end", Times.micros(slot.end())).setMaxResults(1).getResultList();
        if (!absences.isEmpty()) {
            AbsenceEntity absence = absences.get(0);
            throw AgendaProblems.practitionerAbsent(absence.id(), Times.instant(absence.startsUs()),
                    Times.instant(absence.endsUs()), zone);
        }
        List<AppointmentEntity> busy = clashes(em, "a.practitionerId", slot.practitionerId(), slot, self);
        if (!busy.isEmpty()) {
            AppointmentEntity clash = busy.get(0);
            throw AgendaProblems.practitionerBusy(clash.id(), Times.instant(clash.startsUs()),
                    Times.instant(clash.endsUs()), zone);
        }
        if (slot.roomId() != null) {
            List<AppointmentEntity> taken = clashes(em, "a.roomId", slot.roomId(), slot, self);
            if (!taken.isEmpty()) {
                AppointmentEntity clash = taken.get(0);
                throw AgendaProblems.roomTaken(clash.id(), Times.instant(clash.startsUs()),
                        Times.instant(clash.endsUs()), zone);
            }
        }
    }

    /**
     * Takes the practitioner's lock alone: for changes that do not book (an absence) but must not pass a booking
     * running at the same time.
     *
     * @throws org.cabinet.api.rest.ProblemException 400 naming {@code field} when the practitioner has no schedule
     */
    static void lockPractitioner(EntityManager em, String practitionerId, String field) {
        // a store transaction now, so that the lock below is held on the connection that commits
        OpenJPAPersistence.cast(em).beginStore();
        int locked = em.createNativeQuery("UPDATE rec_schedule SET bookings = bookings + 1 WHERE practitioner_id = ?")
                .setParameter(1, practitionerId).executeUpdate();
        if (locked == 0) {
            throw AgendaProblems.noSchedule(field);
        }
    }

    private static void lock(EntityManager em, Slot slot) {
        lockPractitioner(em, slot.practitionerId(), "practitionerId");
        if (slot.roomId() != null) {
            int locked = em.createNativeQuery("UPDATE rec_room SET bookings = bookings + 1 WHERE id = ?")
                    .setParameter(1, slot.roomId()).executeUpdate();
            RoomEntity room = locked == 0 ? null : em.find(RoomEntity.class, slot.roomId());
            if (room == null || !room.active()) {
                throw Conflicts.invalid("roomId", "No room that can be booked has this id.",
                        "Aucune salle réservable n'a cet identifiant.");
            }
        }
    }

    /**
     * Reads only the index range of appointments starting from {@link AppointmentService#LONGEST} before the slot
     * to its end (none lasts longer), rather than the whole past of a practitioner or room, then keeps those that
     * overlap.
     */
    private static List<AppointmentEntity> clashes(EntityManager em, String column, String value, Slot slot,
            String self) {
        return em.createQuery("SELECT a FROM AppointmentEntity a WHERE " + column + " = :value"
                + " AND a.startsUs > :earliest AND a.startsUs < :end AND a.status <> :free AND a.id <> :self"
                + " ORDER BY a.startsUs", AppointmentEntity.class)
                .setParameter("value", value)
                .setParameter("earliest", Times.micros(slot.start().minus(AppointmentService.LONGEST)))
                .setParameter("end", Times.micros(slot.end()))
                .setParameter("free", FREED)
                .setParameter("self", self == null ? "" : self)
                .getResultList().stream()
                .filter(other -> slot.overlaps(Times.instant(other.startsUs()), Times.instant(other.endsUs())))
                .toList();
    }
}
