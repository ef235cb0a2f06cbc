package org.cabinet.records.internal.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.time.Clock;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.guard.Times;
import org.cabinet.records.internal.patient.PatientEntity;
import org.cabinet.records.internal.rest.Page;
import org.cabinet.records.internal.rest.Paging;
import org.cabinet.records.internal.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Booking, moving, cancelling appointments and marking them missed, and the lists of the agenda; every call checked
 * and audited by the {@link ClinicalStore} (agenda permissions: no care relationship needed), with the patient's id
 * on the event where there is one.
 */
@Component(service = AppointmentService.class)
public final class AppointmentService {

    /** the resource type of one appointment in audit events */
    static final String APPOINTMENT = "appointment";
    /** the resource type of a list of the agenda, named by its practitioner when there is one */
    static final String AGENDA = "agenda";

    static final int REASON_MAX = 500;
    static final Duration LONGEST = Duration.ofHours(12);

    private final ClinicalStore store;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Activate
    public AppointmentService(@Reference ClinicalStore store) {
        this.store = store;
    }

    /** Books an appointment: 400 naming the field, 409 naming the clash. */
    public Appointment book(AppointmentRequest request) {
        if (request == null) {
            throw Conflicts.missing("patientId");
        }
        String patientId = AgendaProblems.id("patientId", request.patientId());
        Terms terms = terms(request);
        String id = UUID.randomUUID().toString();
        return store.write(AuditAction.CREATE, new Target(patientId, Permissions.AGENDA_WRITE, APPOINTMENT, id), em -> {
            PatientEntity patient = em.find(PatientEntity.class, patientId);
            if (patient == null || !patient.active()) {
                throw Conflicts.invalid("patientId", "No active patient record has this id.",
                        "Aucun dossier patient actif n'a cet identifiant.");
            }
            Slot slot = terms.slot(em, clock);
            BookingGuard.reserve(em, slot, null, clock.zone());
            AppointmentEntity booked = new AppointmentEntity(id, patientId, slot, terms.typeCode(),
                    store.cipher().encrypt(terms.reason()), Times.micros(clock.now()), store.caller().userId());
            em.persist(booked);
            em.flush();
            return dto(booked);
        });
    }

    /** @return the appointment; 404 when none has this id */
    public Appointment get(String id) {
        String appointmentId = AgendaProblems.id("id", id);
        return store.read(new Target(patientOf(appointmentId), Permissions.AGENDA_READ, APPOINTMENT, appointmentId),
                em -> dto(found(em, appointmentId)));
    }

    /** Moves a booked appointment (time, practitioner, room, type, reason); its patient stays. */
    public Appointment reschedule(String id, String ifMatch, AppointmentRequest request) {
        if (request == null) {
            throw Conflicts.missing("start");
        }
        Terms terms = terms(request);
        return change(id, ifMatch, (em, appointment) -> {
            if (request.patientId() != null && !request.patientId().equals(appointment.patientId())) {
                throw Conflicts.invalid("patientId", "An appointment keeps its patient: cancel it and book another.",
                        "Un rendez-vous garde son patient : annulez-le et prenez-en un autre.");
            }
            Slot slot = terms.slot(em, clock);
            BookingGuard.reserve(em, slot, appointment.id(), clock.zone());
            appointment.book(slot, terms.typeCode(), store.cipher().encrypt(terms.reason()),
                    Times.micros(clock.now()), store.caller().userId());
        });
    }

    /** Cancels a booked appointment: its slot is free again. */
    public Appointment cancel(String id, String ifMatch) {
        return change(id, ifMatch, (em, appointment) -> appointment.status(AppointmentStatus.CANCELLED,
                Times.micros(clock.now()), store.caller().userId()));
    }

    /** Marks a booked appointment whose time has come as missed. */
    public Appointment noShow(String id, String ifMatch) {
        return change(id, ifMatch, (em, appointment) -> {
            if (Times.instant(appointment.startsUs()).isAfter(clock.now())) {
                throw AgendaProblems.notStarted();
            }
            appointment.status(AppointmentStatus.NO_SHOW, Times.micros(clock.now()), store.caller().userId());
        });
    }

    /** @return a page of appointments (any status) by start, filtered by practitioner, patient and time */
    public Page<Appointment> list(String practitionerId, String patientId, Instant from, Instant to, Paging paging) {
        String practitioner = practitionerId == null ? null : AgendaProblems.id("practitioner", practitionerId);
        String patient = patientId == null ? null : AgendaProblems.id("patient", patientId);
        if (from != null && to != null && !to.isAfter(from)) {
            throw Conflicts.invalid("to", "to comes after from.", "to vient après from.");
        }
        return store.read(new Target(patient, Permissions.AGENDA_READ, AGENDA, practitioner), em -> {
            StringBuilder where = new StringBuilder("SELECT a FROM AppointmentEntity a WHERE 1 = 1");
            if (practitioner != null) {
                where.append(" AND a.practitionerId = :practitioner");
            }
            if (patient != null) {
                where.append(" AND a.patientId = :patient");
            }
            if (from != null) {
                // the bound on the start lets the index on (practitioner or patient, start) narrow the scan
                where.append(" AND a.startsUs > :earliest AND a.endsUs > :from");
            }
            if (to != null) {
                where.append(" AND a.startsUs < :to");
            }
            TypedQuery<AppointmentEntity> query = em.createQuery(where + " ORDER BY a.startsUs, a.id",
                    AppointmentEntity.class);
            if (practitioner != null) {
                query.setParameter("practitioner", practitioner);
            }
            if (patient != null) {
                query.setParameter("patient", patient);
            }
            if (from != null) {
                query.setParameter("earliest", Times.micros(from.minus(LONGEST)));
                query.setParameter("from", Times.micros(from));
            }
            if (to != null) {
                query.setParameter("to", Times.micros(to));
            }
            return paging.page(query.setFirstResult(paging.offset()).setMaxResults(paging.fetch()).getResultList()
                    .stream().map(this::dto).toList());
        });
    }

    /** @return the practitioner's appointments of today, in the practice's zone, by time; cancelled ones left out */
    public List<Appointment> today(String practitionerId) {
        String practitioner = AgendaProblems.id("practitioner", practitionerId);
        ZoneId zone = clock.zone();
        LocalDate today = clock.today();
        long from = Times.micros(today.atStartOfDay(zone).toInstant());
        long to = Times.micros(today.plusDays(1).atStartOfDay(zone).toInstant());
        return store.read(new Target(null, Permissions.AGENDA_READ, AGENDA, practitioner), em -> em.createQuery(
                "SELECT a FROM AppointmentEntity a WHERE a.practitionerId = :practitioner AND a.status <> :cancelled"
                        + " AND a.startsUs >= :from AND a.startsUs < :to ORDER BY a.startsUs, a.id",
                AppointmentEntity.class)
                .setParameter("practitioner", practitioner)
                .setParameter("cancelled", AppointmentStatus.CANCELLED.id())
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(this::dto).toList());
    }

    private Appointment change(String id, String ifMatch, BiConsumer<EntityManager, AppointmentEntity> work) {
        String appointmentId = AgendaProblems.id("id", id);
        long expected = Versions.expected(appointmentId, ifMatch);
        String patientId = patientOf(appointmentId);
        return store.write(AuditAction.UPDATE, new Target(patientId, Permissions.AGENDA_WRITE, APPOINTMENT,
                appointmentId), em -> {
                    AppointmentEntity appointment = found(em, appointmentId);
                    if (appointment.version() != expected) {
                        throw Conflicts.staleVersion();
                    }
                    if (appointment.status() != AppointmentStatus.BOOKED) {
                        throw AgendaProblems.notBooked(appointment.status());
                    }
                    work.accept(em, appointment);
                    em.flush();
                    return dto(appointment);
                });
    }

    /**
     * @return the patient of the appointment, for the audit event of the guarded call that follows (which checks
     *         the caller and finds the appointment again), or {@code null} when there is none (that call answers 404)
     */
    private String patientOf(String appointmentId) {
        return store.unguarded(em -> {
            AppointmentEntity appointment = em.find(AppointmentEntity.class, appointmentId);
            return appointment == null ? null : appointment.patientId();
        });
    }

    private static AppointmentEntity found(EntityManager em, String id) {
        AppointmentEntity appointment = em.find(AppointmentEntity.class, id);
        if (appointment == null) {
            throw Conflicts.notFound("appointment-not-found", "appointment", "rendez-vous");
        }
        return appointment;
    }

    private Appointment dto(AppointmentEntity entity) {
        return new Appointment(entity.id(), entity.patientId(), entity.practitionerId(), entity.roomId(),
                entity.typeCode(), Times.instant(entity.startsUs()), Times.instant(entity.endsUs()),
                entity.status().id(), store.cipher().decrypt(entity.reasonSealed()), entity.version());
    }

    /** A request's terms, checked before any transaction; the type's duration is read within it. */
    private static Terms terms(AppointmentRequest request) {
        String practitionerId = AgendaProblems.id("practitionerId", request.practitionerId());
        String typeCode = AgendaProblems.id("typeCode", request.typeCode());
        String roomId = request.roomId() == null ? null : AgendaProblems.id("roomId", request.roomId());
        if (request.start() == null) {
            throw Conflicts.missing("start");
        }
        if (request.end() != null && !request.end().isAfter(request.start())) {
            throw Conflicts.invalid("end", "An appointment ends after it starts.", "Un rendez-vous finit après son début.");
        }
        if (request.end() != null && Duration.between(request.start(), request.end()).compareTo(LONGEST) > 0) {
            throw Conflicts.invalid("end", "An appointment lasts at most " + LONGEST.toHours() + " hours.",
                    "Un rendez-vous dure au plus " + LONGEST.toHours() + " heures.");
        }
        return new Terms(practitionerId, typeCode, roomId, request.start(), request.end(),
                AgendaProblems.text("reason", request.reason(), REASON_MAX));
    }

    private record Terms(String practitionerId, String typeCode, String roomId, Instant start, Instant end,
            String reason) {

        /** @return the slot, its end the type's duration after its start unless given */
        Slot slot(EntityManager em, Clock clock) {
            AppointmentTypeEntity type = em.find(AppointmentTypeEntity.class, typeCode);
            if (type == null || !type.active()) {
                throw Conflicts.invalid("typeCode", "No appointment type that can be booked has this code.",
                        "Aucun type de rendez-vous réservable n'a ce code.");
            }
            Instant until = end != null ? end : start.plus(Duration.ofMinutes(type.durationMinutes()));
            if (!until.isAfter(clock.now())) {
                throw Conflicts.invalid("start", "This appointment would be over already: choose a time to come.",
                        "Ce rendez-vous serait déjà passé : choisissez un horaire à venir.");
            }
            return new Slot(practitionerId, roomId, start, until);
        }
    }
}
