package org.cabinet.persistence.internal.migration;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This bundle's schema, brought up to date when the bundle starts (and whenever the cabinet datasource comes
 * back). Registered once the migrations have run, so that the stores of this bundle can wait for it.
 */
@Component(service = PersistenceSchema.class)
public final class PersistenceSchema {

    static final String CHANGELOG = "db/org.cabinet.persistence/changelog.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceSchema.class);

    @Activate
    public PersistenceSchema(@Reference(target = "(osgi.jndi.service.name=cabinet)") DataSource dataSource) {
        long start = System.nanoTime();
        LiquibaseMigrations.apply(dataSource, PersistenceSchema.class.getClassLoader(), CHANGELOG);
        LOG.info("Schema of org.cabinet.persistence up to date ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }
}
