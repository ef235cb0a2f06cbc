package org.cabinet.itests.store.internal;

import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.persistence.LocalTransactions;
import org.cabinet.api.persistence.MigratedSchema;
import org.cabinet.api.security.AccessControl;
import org.cabinet.api.security.Caller;
import org.cabinet.api.security.Permissions;
import org.cabinet.itests.store.TestRecordData;
import org.cabinet.itests.store.TestRecordStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Seals and unseals where entities map to and from DTOs, as every Cabinet store does. */
@Component(service = TestRecordStore.class)
public final class JpaTestRecordStore implements TestRecordStore {

    static final String BUNDLE = "org.cabinet.itests.store";

    static final String RESOURCE = "test-record";

    private final LocalTransactions transactions;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final AccessControl access;

    @Activate
    public JpaTestRecordStore(@Reference(target = "(osgi.unit.name=" + BUNDLE + ")") EntityManagerFactory units,
            @Reference FieldCipher cipher, @Reference AuditLog audit, @Reference AccessControl access,
            @Reference(target = "(" + CabinetPersistence.SCHEMA_BUNDLE + "=" + BUNDLE + ")") MigratedSchema schema) {
        this.transactions = LocalTransactions.of(units);
        this.cipher = cipher;
        this.audit = audit;
        this.access = access;
    }

    @Override
    public TestRecordData add(TestRecordData record) {
        requireIfCalled(Permissions.PATIENT_WRITE);
        TestRecord entity = toEntity(record);
        write(List.of(entity));
        return toData(entity);
    }

    @Override
    public void addAll(List<TestRecordData> records) {
        write(records.stream().map(this::toEntity).toList());
    }

    @Override
    public Optional<TestRecordData> find(String id) {
        AccessBasis basis = access.currentCaller().isPresent() ? access.requirePatient(id, Permissions.PATIENT_READ)
                : AccessBasis.CARE_RELATIONSHIP;
        // recorded before the data is returned, found or not
        return transactions.apply(em -> {
            Optional<TestRecordData> found = Optional.ofNullable(em.find(TestRecord.class, id)).map(this::toData);
            audit.append(event(AuditAction.READ, id, id, AuditOutcome.SUCCESS, basis));
            return found;
        });
    }

    @Override
    public List<TestRecordData> findByNir(String nir) {
        String index = cipher.blindIndex(normalise(nir));
        return transactions.apply(em -> {
            List<TestRecordData> found = em
                    .createQuery("select r from TestRecord r where r.nirIndex = :index order by r.id", TestRecord.class)
                    .setParameter("index", index).getResultList().stream().map(this::toData).toList();
            audit.append(event(AuditAction.READ, null, null, AuditOutcome.SUCCESS));
            return found;
        });
    }

    @Override
    public List<TestRecordData> all() {
        return transactions.apply(em -> {
            List<TestRecordData> found = em.createQuery("select r from TestRecord r order by r.id", TestRecord.class)
                    .getResultList().stream().map(this::toData).toList();
            audit.append(event(AuditAction.READ, null, null, AuditOutcome.SUCCESS));
            return found;
        });
    }

    /**
     * Writes and records, the way every store of health data does: the event is durable before the commit, so
     * an acknowledged change is always in the log; a write that fails is recorded as rolled back; when the log
     * cannot record, the write is rolled back and refused.
     */
    private void write(List<TestRecord> entities) {
        try {
            transactions.run(em -> {
                entities.forEach(em::persist);
                em.flush();
                entities.forEach(entity -> audit.append(event(AuditAction.CREATE, entity.id(), entity.id(),
                        AuditOutcome.SUCCESS)));
            });
        } catch (AuditUnavailableException refused) {
            throw refused;
        } catch (RuntimeException failed) {
            entities.forEach(entity -> audit.append(event(AuditAction.CREATE, entity.id(), entity.id(),
                    AuditOutcome.ROLLED_BACK)));
            throw failed;
        }
    }

    private AuditEvent event(AuditAction action, String patientId, String resourceId, AuditOutcome outcome) {
        return event(action, patientId, resourceId, outcome,
                patientId == null ? AccessBasis.NOT_APPLICABLE : AccessBasis.CARE_RELATIONSHIP);
    }

    /** The event of the request's caller, or of the test calling inside Cabinet ({@code test-store}). */
    private AuditEvent event(AuditAction action, String patientId, String resourceId, AuditOutcome outcome,
            AccessBasis basis) {
        Optional<Caller> caller = access.currentCaller();
        return new AuditEvent(caller.map(Caller::userId).orElse("test-store"), caller.map(Caller::auditRole).orElse("gp"),
                patientId, action, RESOURCE, resourceId, outcome, basis,
                caller.map(Caller::clientAddress).orElse("local"));
    }

    private void requireIfCalled(String permission) {
        if (access.currentCaller().isPresent()) {
            access.require(permission);
        }
    }

    @Override
    public long count() {
        requireIfCalled(Permissions.PATIENT_READ);
        return transactions.apply(JpaTestRecordStore::countAll);
    }

    @Override
    public List<String> missing(List<String> ids) {
        requireIfCalled(Permissions.PATIENT_READ);
        return transactions.apply(em -> ids.stream().filter(id -> em.find(TestRecord.class, id) == null).toList());
    }

    private static long countAll(EntityManager em) {
        return em.createQuery("select count(r) from TestRecord r", Long.class).getSingleResult();
    }

    private TestRecord toEntity(TestRecordData record) {
        String id = record.id() == null ? UUID.randomUUID().toString() : record.id();
        String nir = record.nir() == null ? null : normalise(record.nir());
        return new TestRecord(id, record.familyName(), record.birthDate(), cipher.encrypt(nir), cipher.blindIndex(nir),
                cipher.encrypt(record.diagnosis()));
    }

    private TestRecordData toData(TestRecord entity) {
        return new TestRecordData(entity.id(), entity.familyName(), entity.birthDate(), cipher.decrypt(entity.nirSealed()),
                cipher.decrypt(entity.diagnosisSealed()));
    }

    private static String normalise(String nir) {
        return nir.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
