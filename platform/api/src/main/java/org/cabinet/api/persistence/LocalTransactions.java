package org.cabinet.api.persistence;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

/**
 * Runs work in one short, explicit, local transaction of a bundle's own persistence unit: committed when the
 * work returns, rolled back entirely when it throws, the entity manager closed either way. (Aries' JpaTemplate
 * does not work with OpenJPA; DS-injected {@link EntityManagerFactory} plus this does.)
 *
 * <pre>
 * Patient saved = LocalTransactions.of(units).apply(em -&gt; { em.persist(entity); return toDto(entity); });
 * </pre>
 *
 * @since 1.0
 */
public final class LocalTransactions {

    private final EntityManagerFactory units;

    private LocalTransactions(EntityManagerFactory units) {
        this.units = units;
    }

    /** @param units the bundle's entity manager factory, as injected by DS */
    public static LocalTransactions of(EntityManagerFactory units) {
        return new LocalTransactions(Objects.requireNonNull(units, "units"));
    }

    /**
     * @return what {@code work} returned, once the transaction is committed (durably: commits are never
     *         deferred)
     * @throws RuntimeException what {@code work} or the commit threw, after a complete rollback
     */
    public <T> T apply(Function<EntityManager, T> work) {
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

    /** As {@link #apply}, for work that returns nothing. */
    public void run(Consumer<EntityManager> work) {
        apply(em -> {
            work.accept(em);
            return null;
        });
    }
}
