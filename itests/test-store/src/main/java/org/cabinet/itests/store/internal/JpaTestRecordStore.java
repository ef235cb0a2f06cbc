package org.cabinet.itests.store.internal;

import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.persistence.LocalTransactions;
import org.cabinet.api.persistence.MigratedSchema;
import org.cabinet.itests.store.TestRecordData;
import org.cabinet.itests.store.TestRecordStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Seals and unseals where entities map to and from DTOs, as every Cabinet store does. */
@Component(service = TestRecordStore.class)
public final class JpaTestRecordStore implements TestRecordStore {

    static final String BUNDLE = "org.cabinet.itests.store";

    private final LocalTransactions transactions;
    private final FieldCipher cipher;

    @Activate
    public JpaTestRecordStore(@Reference(target = "(osgi.unit.name=" + BUNDLE + ")") EntityManagerFactory units,
            @Reference FieldCipher cipher,
            @Reference(target = "(" + CabinetPersistence.SCHEMA_BUNDLE + "=" + BUNDLE + ")") MigratedSchema schema) {
        this.transactions = LocalTransactions.of(units);
        this.cipher = cipher;
    }

    @Override
    public TestRecordData add(TestRecordData record) {
        TestRecord entity = toEntity(record);
        transactions.run(em -> em.persist(entity));
        return toData(entity);
    }

    @Override
    public void addAll(List<TestRecordData> records) {
        List<TestRecord> entities = records.stream().map(this::toEntity).toList();
        transactions.run(em -> entities.forEach(em::persist));
    }

    @Override
    public Optional<TestRecordData> find(String id) {
        return transactions.apply(em -> Optional.ofNullable(em.find(TestRecord.class, id)).map(this::toData));
    }

    @Override
    public List<TestRecordData> findByNir(String nir) {
        String index = cipher.blindIndex(normalise(nir));
        return transactions.apply(em -> em
                .createQuery("select r from TestRecord r where r.nirIndex = :index order by r.id", TestRecord.class)
                .setParameter("index", index).getResultList().stream().map(this::toData).toList());
    }

    @Override
    public List<TestRecordData> all() {
        return transactions.apply(em -> em.createQuery("select r from TestRecord r order by r.id", TestRecord.class)
                .getResultList().stream().map(this::toData).toList());
    }

    @Override
    public long count() {
        return transactions.apply(JpaTestRecordStore::countAll);
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
