package org.cabinet.records.internal.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.cabinet.api.rest.ProblemException;
import org.junit.jupiter.api.Test;

/** A clash names what it meets, in the practice's time, in both languages, and never a patient. */
class AgendaProblemsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aClashNamesTheAppointmentItMeetsAndItsTimesInThePracticesZone() {
        ProblemException busy = AgendaProblems.practitionerBusy("a-1", Instant.parse("2026-03-02T08:00:00Z"),
                Instant.parse("2026-03-02T08:20:00Z"), PARIS);
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.reason()).isEqualTo("practitioner-busy");
        assertThat(busy.detail(Locale.ENGLISH)).isEqualTo(
                "The practitioner already has an appointment on 2026-03-02 from 09:00 to 09:20 (Europe/Paris) "
                        + "(appointment a-1).");
        assertThat(busy.detail(Locale.FRENCH)).isEqualTo(
                "Le praticien a déjà un rendez-vous le 2026-03-02 de 09:00 à 09:20 (Europe/Paris) (rendez-vous a-1).");
    }

    @Test
    void anAbsenceOverSeveralDaysNamesBothDays() {
        ProblemException absent = AgendaProblems.practitionerAbsent("b-2", Instant.parse("2026-07-01T06:00:00Z"),
                Instant.parse("2026-07-03T16:00:00Z"), PARIS);
        assertThat(absent.detail(Locale.ENGLISH)).contains("on 2026-07-01 from 08:00 to 2026-07-03 18:00", "b-2");
    }

    @Test
    void idsAreCabinetsAndTextsAreBounded() {
        assertThat(AgendaProblems.id("patientId", "3f2c0d1e-8a4b-4c5d-9e6f-0a1b2c3d4e5f")).isNotNull();
        assertThatThrownBy(() -> AgendaProblems.id("patientId", "x' OR 1=1")).isInstanceOfSatisfying(
                ProblemException.class, problem -> assertThat(problem.field()).isEqualTo("patientId"));
        assertThatThrownBy(() -> AgendaProblems.id("practitionerId", null)).isInstanceOfSatisfying(
                ProblemException.class, problem -> assertThat(problem.reason()).isEqualTo("invalid-practitionerId"));
        assertThat(AgendaProblems.text("reason", "  ", 10)).isNull();
        assertThat(AgendaProblems.text("reason", " fièvre ", 10)).isEqualTo("fièvre");
        assertThatThrownBy(() -> AgendaProblems.text("reason", "x".repeat(11), 10))
                .isInstanceOf(ProblemException.class);
    }
}
