package org.cabinet.persistence.internal.probe;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.cabinet.api.time.Clock;
import org.cabinet.persistence.internal.migration.PersistenceSchema;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes and reads {@link PersistenceProbe} rows through this bundle's persistence unit, each call in one
 * explicit, short, local transaction (Aries JpaTemplate does not work with OpenJPA 3.2.2). It exists to
 * prove the wiring (DS-injected EntityManagerFactory, migrated schema, commit and rollback); it is not
 * part of the API and will go once a real store of this bundle (keys, migrations) uses the same pattern.
 */
@Component(service = ProbeStore.class, property = "cabinet.probe=persistence")
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
public final class ProbeStore {

    /** the persistence unit of this bundle, as named in META-INF/persistence.xml */
    public static final String UNIT = "org.cabinet.persistence";

    private final EntityManagerFactory units;
    private final Clock clock;

    /** @param schema present once this bundle's migrations have run: no query before the tables exist */
    @Activate
    public ProbeStore(@Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactory units,
            @Reference Clock clock, @Reference PersistenceSchema schema) {
        this.units = units;
        this.clock = clock;
    }

    /** @return the id of the new row, committed */
    public String write(String note) {
        String id = UUID.randomUUID().toString();
        writeAll(List.of(id), note);
        return id;
    }

    /** Writes one row per id in one transaction: all of them, or none if any fails. */
    public void writeAll(List<String> ids, String note) {
        inTransaction(em -> {
            for (String id : ids) {
                em.persist(new PersistenceProbe(id, note, clock.now()));
            }
            return null;
        });
    }

    /** @return the note of the row, or null when there is no such row */
    public String read(String id) {
        return inTransaction(em -> {
            PersistenceProbe probe = em.find(PersistenceProbe.class, id);
            return probe == null ? null : probe.note();
        });
    }

    public long count() {
        return inTransaction(em -> em.createQuery("select count(p) from PersistenceProbe p", Long.class).getSingleResult());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = units.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            try {
                if (tx.isActive()) {
                    tx.rollback();
                }
            } finally {
                em.close();
            }
        }
    }
}
