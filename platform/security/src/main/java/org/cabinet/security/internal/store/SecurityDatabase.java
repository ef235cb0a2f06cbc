package org.cabinet.security.internal.store;

import javax.sql.DataSource;

import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.persistence.MigratedSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The security tables, once their migrations ran. Plain JDBC: token look-ups on every request, counters over a
 * window and the last-administrator check under a lock are what matter here, and no entity crosses.
 */
@Component(service = SecurityDatabase.class)
public final class SecurityDatabase {

    static final String BUNDLE = "org.cabinet.security";

    private final Sql sql;

    @Activate
    public SecurityDatabase(@Reference(target = CabinetPersistence.DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(" + CabinetPersistence.SCHEMA_BUNDLE + "=" + BUNDLE + ")") MigratedSchema schema) {
        this(dataSource);
    }

    /** @param dataSource a database where the security changelog is applied (unit tests) */
    public SecurityDatabase(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Sql sql() {
        return sql;
    }
}
