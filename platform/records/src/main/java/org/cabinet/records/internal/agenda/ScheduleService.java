package org.cabinet.records.internal.agenda;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.time.Clock;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.guard.Times;
import org.cabinet.records.internal.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Practitioners' weekly opening hours and absences. Reading needs {@code agenda:read}, changing {@code agenda:write}
 * (secretaries keep the practitioners' agendas), every call audited.
 */
@Component(service = ScheduleService.class)
public final class ScheduleService {

    static final String SCHEDULE = "schedule";
    static final String ABSENCE = "absence";
    static final int LABEL_MAX = 100;

    /** A schedule and whether this call created it. */
    public record Saved(Schedule schedule, boolean created) {
    }

    private final ClinicalStore store;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Activate
    public ScheduleService(@Reference ClinicalStore store) {
        this.store = store;
    }

    /** @return the practitioner's opening hours; 404 when none were set */
    public Schedule schedule(String practitionerId) {
        String practitioner = AgendaProblems.id("practitionerId", practitionerId);
        return store.read(new Target(null, Permissions.AGENDA_READ, SCHEDULE, practitioner),
                em -> dto(found(em, practitioner)));
    }

    /**
     * Sets the practitioner's week: without {@code If-Match} only when none is set yet (else 409), with it in place
     * of the version read. Appointments already booked stay where they are.
     */
    public Saved save(String practitionerId, String ifMatch, ScheduleRequest request) {
        String practitioner = AgendaProblems.id("practitionerId", practitionerId);
        WeeklyHours hours = WeeklyHours.of(request == null ? null : request.weeklyHours());
        Target target = new Target(null, Permissions.AGENDA_WRITE, SCHEDULE, practitioner);
        if (ifMatch == null || ifMatch.isBlank()) {
            return new Saved(store.write(AuditAction.CREATE, target, em -> {
                if (em.find(ScheduleEntity.class, practitioner) != null) {
                    throw AgendaProblems.scheduleExists();
                }
                ScheduleEntity schedule = new ScheduleEntity(practitioner);
                schedule.change(hours, Times.micros(clock.now()), store.caller().userId());
                em.persist(schedule);
                flushOr(em, AgendaProblems.scheduleExists());
                return dto(schedule);
            }), true);
        }
        long expected = Versions.expected(practitioner, ifMatch);
        return new Saved(store.write(AuditAction.UPDATE, target, em -> {
            BookingGuard.lockPractitioner(em, practitioner, "practitionerId");
            ScheduleEntity schedule = found(em, practitioner);
            if (schedule.version() != expected) {
                throw Conflicts.staleVersion();
            }
            schedule.change(hours, Times.micros(clock.now()), store.caller().userId());
            em.flush();
            return dto(schedule);
        }), false);
    }

    /** @return the practitioner's absences that overlap {@code [from, to)} (either may be absent), by start */
    public List<Absence> absences(String practitionerId, Instant from, Instant to) {
        String practitioner = AgendaProblems.id("practitionerId", practitionerId);
        return store.read(new Target(null, Permissions.AGENDA_READ, ABSENCE, practitioner), em -> em.createQuery(
                "SELECT a FROM AbsenceEntity a WHERE a.practitionerId = :who AND a.endsUs > :from AND a.startsUs < :to"
                        + " ORDER BY a.startsUs", AbsenceEntity.class)
                .setParameter("who", practitioner)
                .setParameter("from", from == null ? Long.MIN_VALUE : Times.micros(from))
                .setParameter("to", to == null ? Long.MAX_VALUE : Times.micros(to))
                .getResultList().stream().map(ScheduleService::dto).toList());
    }

    /**
     * Records an absence. Appointments already booked in it stay (the practice calls the patients); no new one is
     * booked in it.
     */
    public Absence addAbsence(String practitionerId, AbsenceRequest request) {
        String practitioner = AgendaProblems.id("practitionerId", practitionerId);
        if (request == null || request.from() == null) {
            throw Conflicts.missing("from");
        }
        if (request.to() == null) {
            throw Conflicts.missing("to");
        }
        if (!request.to().isAfter(request.from())) {
            throw Conflicts.invalid("to", "An absence ends after it starts.", "Une absence finit après son début.");
        }
        String label = AgendaProblems.text("label", request.label(), LABEL_MAX);
        String id = UUID.randomUUID().toString();
        return store.write(AuditAction.CREATE, new Target(null, Permissions.AGENDA_WRITE, ABSENCE, id), em -> {
            BookingGuard.lockPractitioner(em, practitioner, "practitionerId");
            AbsenceEntity absence = new AbsenceEntity(id, practitioner, Times.micros(request.from()),
                    Times.micros(request.to()), label, Times.micros(clock.now()), store.caller().userId());
            em.persist(absence);
            em.flush();
            return dto(absence);
        });
    }

    /** Removes an absence, in place of the version read. */
    public void removeAbsence(String practitionerId, String absenceId, String ifMatch) {
        String practitioner = AgendaProblems.id("practitionerId", practitionerId);
        String id = AgendaProblems.id("absenceId", absenceId);
        long expected = Versions.expected(id, ifMatch);
        store.write(AuditAction.DELETE, new Target(null, Permissions.AGENDA_WRITE, ABSENCE, id), em -> {
            AbsenceEntity absence = em.find(AbsenceEntity.class, id);
            if (absence == null || !absence.practitionerId().equals(practitioner)) {
                throw Conflicts.notFound("absence-not-found", "absence of this practitioner", "absence de ce praticien");
            }
            if (absence.version() != expected) {
                throw Conflicts.staleVersion();
            }
            em.remove(absence);
            return null;
        });
    }

    private static ScheduleEntity found(EntityManager em, String practitionerId) {
        ScheduleEntity schedule = em.find(ScheduleEntity.class, practitionerId);
        if (schedule == null) {
            throw Conflicts.notFound("schedule-not-found", "schedule (opening hours) of a practitioner",
                    "horaire d'ouverture de praticien");
        }
        return schedule;
    }

    /** Flushes; a failure (another request inserted the same key first) becomes {@code problem}. */
    static void flushOr(EntityManager em, RuntimeException problem) {
        try {
            em.flush();
        } catch (PersistenceException duplicate) {
            throw problem;
        }
    }

    private Schedule dto(ScheduleEntity entity) {
        return new Schedule(entity.practitionerId(), entity.weeklyHours().openings(), clock.zone().getId(),
                entity.version());
    }

    private static Absence dto(AbsenceEntity entity) {
        return new Absence(entity.id(), entity.practitionerId(), Times.instant(entity.startsUs()),
                Times.instant(entity.endsUs()), entity.label(), entity.version());
    }
}
