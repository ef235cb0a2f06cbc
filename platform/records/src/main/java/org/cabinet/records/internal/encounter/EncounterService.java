package org.cabinet.records.internal.encounter;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.time.Clock;
import org.cabinet.records.internal.guard.PracticeClock;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.guard.Times;
import org.cabinet.records.internal.patient.PatientService;
import org.cabinet.records.internal.rest.Page;
import org.cabinet.records.internal.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Encounters: recorded by the practitioner who sees the patient, within a care relationship. */
@Component(service = EncounterService.class)
public final class EncounterService {

    static final String RESOURCE = "encounter";

    /** the kinds DESIGN.md names */
    public static final Set<String> KINDS = Set.of("consultation", "home-visit", "teleconsultation");

    /** an encounter may be recorded up to this far ahead (a clock a little fast), never later */
    private static final Duration AHEAD = Duration.ofMinutes(10);

    private final ClinicalStore store;
    private final Clock clock;

    @Activate
    public EncounterService(@Reference ClinicalStore store, @Reference PracticeClock clock) {
        this.store = store;
        this.clock = clock;
    }

    public EncounterView create(String patientId, EncounterInput input) {
        check(input);
        String id = UUID.randomUUID().toString();
        return store.write(AuditAction.CREATE, target(patientId, id, Permissions.PATIENT_WRITE), em -> {
            PatientService.activePatient(em, patientId);
            long now = Times.micros(clock.now());
            EncounterEntity encounter = new EncounterEntity(id, patientId, store.caller().userId(), input.kind(),
                    input.startedAt() == null ? now : Times.micros(input.startedAt()),
                    store.cipher().encrypt(input.reason()), input.appointmentId(), now);
            em.persist(encounter);
            return view(encounter);
        });
    }

    public EncounterView find(String patientId, String id) {
        return store.read(target(patientId, id, Permissions.PATIENT_READ), em -> view(of(em, patientId, id)));
    }

    public EncounterView update(String patientId, String id, long expectedVersion, EncounterInput input) {
        check(input);
        return store.write(AuditAction.UPDATE, target(patientId, id, Permissions.PATIENT_WRITE), em -> {
            EncounterEntity encounter = of(em, patientId, id);
            if (encounter.version() != expectedVersion) {
                throw Conflicts.staleVersion();
            }
            encounter.change(input.kind(),
                    input.startedAt() == null ? encounter.startedUs() : Times.micros(input.startedAt()),
                    store.cipher().encrypt(input.reason()));
            return view(encounter);
        });
    }

    /** @return the patient's encounters, latest first */
    public Page<EncounterView> list(String patientId, Paging paging) {
        return store.read(target(patientId, null, Permissions.PATIENT_READ),
                em -> paging.page(latest(em, patientId, paging.offset(), paging.fetch()).stream().map(this::view).toList()));
    }

    /** @return the patient's latest encounters, inside another read of the core (the chart) */
    public List<EncounterView> latest(EntityManager em, String patientId, int count) {
        return latest(em, patientId, 0, count).stream().map(this::view).toList();
    }

    /**
     * @return the encounter {@code id} of {@code patientId}, for the other services of the core (notes, prescriptions,
     *         care records attach to it)
     * @throws ProblemException 404 when the patient has no such encounter
     */
    public static EncounterEntity of(EntityManager em, String patientId, String id) {
        EncounterEntity encounter = em.find(EncounterEntity.class, id);
        if (encounter == null || !encounter.patientId().equals(patientId)) {
            throw Conflicts.notFound("unknown-encounter", "encounter of this patient", "contact de ce patient");
        }
        return encounter;
    }

    private static List<EncounterEntity> latest(EntityManager em, String patientId, int offset, int count) {
        return em.createQuery("select e from EncounterEntity e where e.patientId = :patient"
                + " order by e.startedUs desc, e.id desc", EncounterEntity.class).setParameter("patient", patientId)
                .setFirstResult(offset).setMaxResults(count).getResultList();
    }

    private void check(EncounterInput input) {
        if (input == null || input.kind() == null) {
            throw Conflicts.missing("kind");
        }
        if (!KINDS.contains(input.kind())) {
            throw Conflicts.invalid("kind", "kind is consultation, home-visit or teleconsultation.",
                    "kind vaut consultation, home-visit ou teleconsultation.");
        }
        if (input.startedAt() != null && input.startedAt().isAfter(clock.now().plus(AHEAD))) {
            throw Conflicts.invalid("startedAt", "An encounter is recorded once it has begun.",
                    "Un contact s'enregistre une fois commencé.");
        }
        if (input.reason() != null && input.reason().length() > 1000) {
            throw Conflicts.invalid("reason", "The reason holds 1000 characters at most.",
                    "Le motif compte 1000 caractères au plus.");
        }
    }

    private EncounterView view(EncounterEntity encounter) {
        return new EncounterView(encounter.id(), encounter.patientId(), encounter.practitionerId(), encounter.kind(),
                Times.instant(encounter.startedUs()), store.cipher().decrypt(encounter.reasonSealed()),
                encounter.appointmentId(), encounter.version());
    }

    private static Target target(String patientId, String id, String permission) {
        return new Target(patientId, permission, RESOURCE, id);
    }
}
