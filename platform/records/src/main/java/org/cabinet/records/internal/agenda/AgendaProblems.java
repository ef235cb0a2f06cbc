package org.cabinet.records.internal.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.cabinet.api.rest.ProblemException;
import org.cabinet.records.internal.guard.Conflicts;

/**
 * The agenda's refusals, in English and French. A clash names the appointment or absence it meets and its times in
 * the practice's zone, never a patient.
 */
final class AgendaProblems {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** the shape of the ids the agenda takes: Cabinet's internal ids */
    private static final String ID = "[\\p{Alnum}._:@\\-]{1,36}";

    private AgendaProblems() {
    }

    static ProblemException practitionerBusy(String appointmentId, Instant start, Instant end, ZoneId zone) {
        return new ProblemException(409, "practitioner-busy",
                "The practitioner already has an appointment " + span(start, end, zone, false) + " (appointment "
                        + appointmentId + ").",
                "Le praticien a déjà un rendez-vous " + span(start, end, zone, true) + " (rendez-vous "
                        + appointmentId + ").");
    }

    static ProblemException roomTaken(String appointmentId, Instant start, Instant end, ZoneId zone) {
        return new ProblemException(409, "room-taken",
                "The room is taken by another appointment " + span(start, end, zone, false) + " (appointment "
                        + appointmentId + ").",
                "La salle est prise par un autre rendez-vous " + span(start, end, zone, true) + " (rendez-vous "
                        + appointmentId + ").");
    }

    static ProblemException practitionerAbsent(String absenceId, Instant start, Instant end, ZoneId zone) {
        return new ProblemException(409, "practitioner-absent",
                "The practitioner is absent " + span(start, end, zone, false) + " (absence " + absenceId + ").",
                "Le praticien est absent " + span(start, end, zone, true) + " (absence " + absenceId + ").");
    }

    static ProblemException outsideOpeningHours() {
        return new ProblemException(409, "outside-opening-hours",
                "This time is outside the practitioner's opening hours: choose a time within one opening of the day.",
                "Cet horaire est en dehors des heures d'ouverture du praticien : choisissez un horaire compris dans "
                        + "une plage d'ouverture du jour.");
    }

    static ProblemException notBooked(AppointmentStatus status) {
        return new ProblemException(409, "appointment-not-booked",
                "This appointment is " + status.id() + ": only a booked appointment can be changed, cancelled or "
                        + "marked as missed.",
                "Ce rendez-vous est " + (status == AppointmentStatus.CANCELLED ? "annulé" : "manqué")
                        + " : seul un rendez-vous pris peut être modifié, annulé ou noté manqué.");
    }

    static ProblemException notStarted() {
        return new ProblemException(409, "appointment-not-started",
                "An appointment is marked as missed once its time has come.",
                "Un rendez-vous n'est noté manqué qu'une fois son heure venue.");
    }

    static ProblemException scheduleExists() {
        return new ProblemException(409, "schedule-exists",
                "This practitioner has opening hours already: read them, then send their ETag in If-Match.",
                "Ce praticien a déjà des heures d'ouverture : lisez-les, puis envoyez leur ETag dans If-Match.");
    }

    static ProblemException typeExists() {
        return new ProblemException(409, "appointment-type-exists", "An appointment type has this code already.",
                "Un type de rendez-vous a déjà ce code.");
    }

    static ProblemException noSchedule(String field) {
        return Conflicts.invalid(field, "This practitioner has no opening hours in the agenda: set them first.",
                "Ce praticien n'a pas d'heures d'ouverture dans l'agenda : définissez-les d'abord.");
    }

    /** @return {@code id}, checked as one of Cabinet's internal ids */
    static String id(String field, String id) {
        if (id == null || id.isBlank()) {
            throw Conflicts.missing(field);
        }
        if (!id.matches(ID)) {
            throw Conflicts.invalid(field, "The field " + field + " is one of Cabinet's ids (at most 36 letters, "
                    + "digits or . _ : @ -).", "Le champ " + field + " est un identifiant de Cabinet (au plus 36 "
                    + "lettres, chiffres ou . _ : @ -).");
        }
        return id;
    }

    /** @return {@code text} stripped, or null when blank; 400 when longer than {@code max} */
    static String text(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw Conflicts.invalid(field, "The field " + field + " holds at most " + max + " characters.",
                    "Le champ " + field + " compte au plus " + max + " caractères.");
        }
        return stripped;
    }

    private static String span(Instant start, Instant end, ZoneId zone, boolean french) {
        var from = start.atZone(zone);
        var to = end.atZone(zone);
        return (french ? "le " : "on ") + DAY.format(from) + (french ? " de " : " from ") + TIME.format(from)
                + (french ? " à " : " to ") + (from.toLocalDate().equals(to.toLocalDate()) ? "" : DAY.format(to) + " ")
                + TIME.format(to) + " (" + zone.getId() + ")";
    }
}
