package org.cabinet.records.internal.prescription;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.time.Clock;
import org.cabinet.records.internal.guard.PracticeClock;
import org.cabinet.records.internal.encounter.EncounterEntity;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.SealedJson;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.guard.Times;
import org.cabinet.records.internal.practitioner.PractitionerProfiles;
import org.cabinet.records.internal.practitioner.Prescriber;
import org.cabinet.records.internal.rest.Page;
import org.cabinet.records.internal.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Prescriptions: issued by a prescriber ({@code prescription:write}) within a care relationship, immutable once
 * issued (a correction is a cancellation and a new prescription), read with {@code patient:read}.
 */
@Component(service = PrescriptionService.class)
public final class PrescriptionService {

    private static final String RESOURCE = "prescription";

    private final ClinicalStore store;
    private final SealedJson sealed;
    private final Clock clock;

    @Activate
    public PrescriptionService(@Reference ClinicalStore store,
            @Reference PracticeClock clock) {
        this.store = store;
        this.sealed = new SealedJson(store);
        this.clock = clock;
    }

    /**
     * Issues a prescription.
     *
     * @throws ProblemException 400 naming the field at fault; 404 for an unknown patient; 409 when the prescriber's
     *                          profile lacks a field the prescription must print
     */
    public Prescription create(PrescriptionRequest request) {
        if (request == null || request.patientId() == null || request.patientId().isBlank()) {
            throw Conflicts.missing("patientId");
        }
        String patientId = request.patientId().strip();
        String id = UUID.randomUUID().toString();
        return store.write(AuditAction.CREATE, writing(patientId, id), em -> issue(em, id, patientId,
                request.encounterId(), request.weightKg(), request.heightCm(), request.lines(), null));
    }

    /**
     * Renews a prescription: a new one, with the same lines, linked to the original.
     *
     * @throws ProblemException 409 when the original was cancelled
     */
    public Prescription renew(String originalId, RenewalRequest request) {
        String patientId = patientOf(originalId);
        String id = UUID.randomUUID().toString();
        return store.write(AuditAction.CREATE, writing(patientId, id), em -> {
            PrescriptionEntity original = find(em, originalId);
            if (!PrescriptionEntity.ISSUED.equals(original.status())) {
                throw new ProblemException(409, "prescription-cancelled", "A cancelled prescription is not renewed.",
                        "Une ordonnance annulée ne se renouvelle pas.");
            }
            PrescriptionContent content = content(original);
            RenewalRequest given = request == null ? new RenewalRequest(null, null, null) : request;
            return issue(em, id, patientId, given.encounterId(),
                    given.weightKg() == null ? content.weightKg() : given.weightKg(),
                    given.heightCm() == null ? content.heightCm() : given.heightCm(), content.lines(), originalId);
        });
    }

    /** @throws ProblemException 404 when no prescription has this id */
    public Prescription get(String id) {
        return store.read(Target.clinical(patientOf(id), RESOURCE, id), em -> view(find(em, id)));
    }

    /** @return one page of a patient's prescriptions, the latest first */
    public Page<Prescription> list(String patientId, Paging paging) {
        if (patientId == null || patientId.isBlank()) {
            throw Conflicts.missing("patient");
        }
        return store.read(Target.clinical(patientId.strip(), RESOURCE, null), em -> paging.page(em.createQuery(
                "select p from PrescriptionEntity p where p.patientId = :patient order by p.issuedUs desc, p.id",
                PrescriptionEntity.class).setParameter("patient", patientId.strip()).setFirstResult(paging.offset())
                .setMaxResults(paging.fetch()).getResultList().stream().map(this::view).toList()));
    }

    /**
     * Cancels a prescription its prescriber issued; it stays in the record, marked cancelled.
     *
     * @param expected the version the client read (If-Match)
     * @throws ProblemException 403 for another prescriber; 409 when already cancelled; 412 when stale
     */
    public Prescription cancel(String id, long expected) {
        return store.write(AuditAction.UPDATE, writing(patientOf(id), id), em -> {
            PrescriptionEntity prescription = find(em, id);
            if (prescription.version() != expected) {
                throw Conflicts.staleVersion();
            }
            if (!prescription.prescriberId().equals(store.caller().userId())) {
                throw new ProblemException(403, "not-the-prescriber", "Only its prescriber cancels a prescription.",
                        "Seul son prescripteur annule une ordonnance.");
            }
            if (!PrescriptionEntity.ISSUED.equals(prescription.status())) {
                throw new ProblemException(409, "prescription-cancelled", "This prescription is cancelled already.",
                        "Cette ordonnance est déjà annulée.");
            }
            prescription.cancel(Times.micros(clock.now()), store.caller().userId());
            em.flush();
            return view(prescription);
        });
    }

    private Prescription issue(EntityManager em, String id, String patientId, String encounterId, BigDecimal weightKg,
            Integer heightCm, List<PrescriptionLine> lines, String renewalOf) {
        PrescribedPatient patient = patient(em, patientId);
        if (encounterId == null || encounterId.isBlank()) {
            throw Conflicts.missing("encounterId");
        }
        EncounterEntity encounter = em.find(EncounterEntity.class, encounterId.strip());
        if (encounter == null || !patientId.equals(encounter.patientId())) {
            throw Conflicts.invalid("encounterId", "The encounter is not one of this patient's.",
                    "La rencontre n'est pas une rencontre de ce patient.");
        }
        Instant now = clock.now();
        LocalDate today = now.atZone(clock.zone()).toLocalDate();
        List<PrescriptionLine> checked = PrescriptionRules.check(lines, weightKg, heightCm, patient.birthDate(), today);
        Prescriber prescriber = PractitionerProfiles.prescriber(em, store.caller().userId());
        PrescriptionContent content = new PrescriptionContent(prescriber, patient, weightKg, heightCm, checked);
        PrescriptionEntity entity = new PrescriptionEntity(id, patientId, encounter.id(), prescriber.userId(),
                Layout.of(checked).bizone(), renewalOf, sealed.seal(content), Times.micros(now));
        em.persist(entity);
        em.flush();
        return view(entity, content);
    }

    private static PrescribedPatient patient(EntityManager em, String patientId) {
        List<Object[]> rows = em.createQuery("select p.birthName, p.usedName, p.firstNames, p.sex, p.birthDate,"
                + " p.status from PatientEntity p where p.id = :id", Object[].class).setParameter("id", patientId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new ProblemException(404, "unknown-patient", "patientId", "No patient has this id.",
                    "Aucun patient n'a cet identifiant.");
        }
        Object[] row = rows.get(0);
        if (!"active".equals(row[5])) {
            throw new ProblemException(409, "patient-merged", "patientId",
                    "This patient's record was merged into another: prescribe on the surviving record.",
                    "Le dossier de ce patient a été fusionné : prescrivez sur le dossier conservé.");
        }
        return new PrescribedPatient((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (LocalDate) row[4]);
    }

    private Target writing(String patientId, String id) {
        return new Target(patientId, Permissions.PRESCRIPTION_WRITE, RESOURCE, id);
    }

    private String patientOf(String id) {
        return store.patientOf(new Target(null, Permissions.PATIENT_READ, RESOURCE, id), em -> find(em, id).patientId());
    }

    private Prescription view(PrescriptionEntity entity) {
        return view(entity, content(entity));
    }

    private Prescription view(PrescriptionEntity entity, PrescriptionContent content) {
        Layout layout = Layout.of(content.lines());
        return new Prescription(entity.id(), entity.version(), entity.status(), entity.patientId(),
                entity.encounterId(), Times.instant(entity.issuedUs()), entity.renewalOf(),
                content.prescriber(), content.patient(), content.weightKg(), content.heightCm(), layout.name(),
                content.lines(), layout.upper(), layout.lower());
    }

    private PrescriptionContent content(PrescriptionEntity entity) {
        return sealed.open(entity.payloadSealed(), PrescriptionContent.class);
    }

    private static PrescriptionEntity find(EntityManager em, String id) {
        PrescriptionEntity found = id == null ? null : em.find(PrescriptionEntity.class, id);
        if (found == null) {
            throw new ProblemException(404, "unknown-prescription", "No prescription has this id.",
                    "Aucune ordonnance n'a cet identifiant.");
        }
        return found;
    }
}
