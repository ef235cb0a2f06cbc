package org.cabinet.records.internal.record;

import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.time.Clock;
import org.cabinet.records.internal.guard.PracticeClock;
import org.cabinet.records.internal.encounter.EncounterService;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.JsonFields;
import org.cabinet.records.internal.guard.SealedJson;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.guard.Times;
import org.cabinet.records.internal.patient.PatientService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The medical record: entries recorded, corrected and withdrawn within a care relationship; every version kept.
 */
@Component(service = RecordService.class)
public final class RecordService {

    static final String RESOURCE = "record-entry";

    private final ClinicalStore store;
    private final Clock clock;
    private final SealedJson sealed;

    @Activate
    public RecordService(@Reference ClinicalStore store, @Reference PracticeClock clock) {
        this.store = store;
        this.clock = clock;
        this.sealed = new SealedJson(store);
    }

    public EntryView add(String patientId, EntryKind kind, EntryInput input) {
        EntryFields fields = fields(kind, input);
        String id = UUID.randomUUID().toString();
        return store.write(AuditAction.CREATE, target(patientId, id, Permissions.PATIENT_WRITE), em -> {
            PatientService.activePatient(em, patientId);
            String encounterId = encounter(em, patientId, fields, input.encounterId());
            String author = store.caller().userId();
            long now = Times.micros(clock.now());
            String payload = sealed.seal(fields);
            RecordEntryEntity entry = new RecordEntryEntity(id, patientId, encounterId, kind.id(), payload, author, now);
            em.persist(entry);
            em.persist(new EntryVersionEntity(id, 1, RecordEntryEntity.ACTIVE, payload, author, now));
            return view(entry, 1);
        });
    }

    /** Corrects an entry: a new version; the one it replaces stays in the history. */
    public EntryView correct(String patientId, EntryKind kind, String id, long expectedVersion, EntryInput input) {
        EntryFields fields = fields(kind, input);
        return store.write(AuditAction.UPDATE, target(patientId, id, Permissions.PATIENT_WRITE),
                em -> change(em, patientId, kind, id, expectedVersion, sealed.seal(fields), RecordEntryEntity.ACTIVE));
    }

    /** Withdraws an entry recorded in error: it leaves the record, its history stays. */
    public EntryView withdraw(String patientId, EntryKind kind, String id, long expectedVersion) {
        return store.write(AuditAction.DELETE, target(patientId, id, Permissions.PATIENT_WRITE), em -> {
            RecordEntryEntity entry = of(em, patientId, kind, id);
            return change(em, patientId, kind, id, expectedVersion, entry.payloadSealed(), RecordEntryEntity.WITHDRAWN);
        });
    }

    public EntryView find(String patientId, EntryKind kind, String id) {
        return store.read(target(patientId, id, Permissions.PATIENT_READ), em -> {
            RecordEntryEntity entry = of(em, patientId, kind, id);
            return view(entry, entry.version());
        });
    }

    /** @return the entries of one kind in force, latest first */
    public List<EntryView> list(String patientId, EntryKind kind) {
        return store.read(target(patientId, null, Permissions.PATIENT_READ), em -> {
            PatientService.activePatient(em, patientId);
            return current(em, patientId, List.of(kind));
        });
    }

    /** @return every version of an entry, oldest first */
    public List<EntryVersionView> history(String patientId, EntryKind kind, String id) {
        return store.read(target(patientId, id, Permissions.PATIENT_READ), em -> {
            of(em, patientId, kind, id);
            return em.createQuery("select v from EntryVersionEntity v where v.entryId = :entry order by v.version",
                    EntryVersionEntity.class).setParameter("entry", id).getResultList().stream()
                    .map(version -> new EntryVersionView(version.version(), version.status(), version.authorId(),
                            Times.instant(version.recordedUs()), json(kind, version.payloadSealed())))
                    .toList();
        });
    }

    /** @return the entries of the given kinds in force, latest first, inside another read of the core (the chart) */
    public List<EntryView> current(EntityManager em, String patientId, List<EntryKind> kinds) {
        return em.createQuery("select e from RecordEntryEntity e where e.patientId = :patient and e.kind in :kinds"
                + " and e.status = 'active' order by e.recordedUs desc, e.id", RecordEntryEntity.class)
                .setParameter("patient", patientId).setParameter("kinds", kinds.stream().map(EntryKind::id).toList())
                .getResultList().stream().map(entry -> view(entry, entry.version())).toList();
    }

    private EntryView change(EntityManager em, String patientId, EntryKind kind, String id, long expectedVersion,
            String payload, String status) {
        RecordEntryEntity entry = of(em, patientId, kind, id);
        if (entry.version() != expectedVersion) {
            throw Conflicts.staleVersion();
        }
        String by = store.caller().userId();
        long now = Times.micros(clock.now());
        entry.correct(payload, status, by, now);
        int next = entry.version() + 1;
        em.persist(new EntryVersionEntity(id, next, status, payload, by, now));
        return view(entry, next);
    }

    private static EntryFields fields(EntryKind kind, EntryInput input) {
        if (input == null) {
            throw Conflicts.missing("fields");
        }
        EntryFields fields = JsonFields.read("fields", input.fields(), kind.fields());
        fields.check();
        return fields;
    }

    private static String encounter(EntityManager em, String patientId, EntryFields fields, String encounterId) {
        if (encounterId == null) {
            if (fields.needsEncounter()) {
                throw Conflicts.missing("encounterId");
            }
            return null;
        }
        return EncounterService.of(em, patientId, encounterId).id();
    }

    private static RecordEntryEntity of(EntityManager em, String patientId, EntryKind kind, String id) {
        RecordEntryEntity entry = em.find(RecordEntryEntity.class, id);
        if (entry == null || !entry.patientId().equals(patientId) || !entry.kind().equals(kind.id())) {
            throw Conflicts.notFound("unknown-entry", "entry of this kind in this record", "élément de ce type dans ce dossier");
        }
        return entry;
    }

    /** @param version the version the entity will have once committed (JPA raises it at the flush) */
    private EntryView view(RecordEntryEntity entry, int version) {
        EntryKind kind = EntryKind.ofId(entry.kind());
        return new EntryView(entry.id(), entry.patientId(), entry.encounterId(), kind.id(), entry.status(), version,
                Times.instant(entry.recordedUs()), entry.authorId(), Times.instant(entry.updatedUs()), entry.updatedBy(),
                json(kind, entry.payloadSealed()));
    }

    private JsonNode json(EntryKind kind, String payload) {
        EntryFields fields = sealed.open(payload, kind.fields());
        JsonNode tree = SealedJson.tree(fields);
        if (fields instanceof EntryFields.Vitals vitals && vitals.bmi() != null) {
            ((ObjectNode) tree).put("bmi", vitals.bmi());
        }
        return tree;
    }

    private static Target target(String patientId, String id, String permission) {
        return new Target(patientId, permission, RESOURCE, id);
    }
}
