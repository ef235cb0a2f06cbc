package org.cabinet.persistence.internal.migration;

import java.sql.SQLException;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.cabinet.api.health.HealthCheck;
import org.cabinet.api.health.HealthStatus;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.persistence.MigratedSchema;
import org.cabinet.persistence.internal.sealed.SealedColumn;
import org.cabinet.persistence.internal.sealed.SealedColumns;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema of every bundle that declares a {@code Cabinet-Schema} up to date as the bundle starts (and,
 * for bundles already running, as soon as the database comes), records its sealed columns, then registers its
 * {@link MigratedSchema} on its behalf. Nothing is undone when the bundle stops or goes: its tables and rows stay
 * for when it comes back. A bundle whose migrations fail gets no {@link MigratedSchema}, so its stores stay off,
 * and {@code /api/health} names it.
 */
@Component(service = HealthCheck.class, property = HealthCheck.NAME + "=schemas")
public final class SchemaExtender implements HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final DataSource dataSource;
    private final SealedColumns sealedColumns;
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, Integer> migrated = new ConcurrentHashMap<>();
    private final BundleTracker<ServiceRegistration<MigratedSchema>> tracker;

    @Activate
    public SchemaExtender(BundleContext context,
            @Reference(target = CabinetPersistence.DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference SealedColumns sealedColumns) {
        this.dataSource = dataSource;
        this.sealedColumns = sealedColumns;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public HealthStatus check() {
        if (!failures.isEmpty()) {
            return HealthStatus.down("schema migrations failed for " + new TreeMap<>(failures));
        }
        return HealthStatus.up(migrated.size() + " bundle schemas up to date");
    }

    private ServiceRegistration<MigratedSchema> migrate(Bundle bundle, String changelog) {
        String name = bundle.getSymbolicName();
        long start = System.nanoTime();
        try {
            int changeSets = LiquibaseMigrations.apply(dataSource, bundle, changelog);
            String sealed = bundle.getHeaders("").get(CabinetPersistence.SEALED_COLUMNS_HEADER);
            if (sealed != null) {
                sealedColumns.register(SealedColumn.parse(name, sealed));
            }
            failures.remove(name);
            migrated.put(name, changeSets);
            LOG.info("Schema of {} up to date: {} change sets ({} ms)", name, changeSets,
                    (System.nanoTime() - start) / 1_000_000);
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(CabinetPersistence.SCHEMA_BUNDLE, name);
            return bundle.getBundleContext().registerService(MigratedSchema.class, new Schema(name, changeSets), properties);
        } catch (SQLException | RuntimeException e) {
            failures.put(name, e.getMessage());
            LOG.error("The schema of {} could not be brought up to date; its services stay off: {}", name, e.getMessage());
            return null;
        }
    }

    private record Schema(String bundle, int changeSets) implements MigratedSchema {
    }

    private final class Customizer implements BundleTrackerCustomizer<ServiceRegistration<MigratedSchema>> {

        @Override
        public ServiceRegistration<MigratedSchema> addingBundle(Bundle bundle, BundleEvent event) {
            String changelog = bundle.getHeaders("").get(CabinetPersistence.SCHEMA_HEADER);
            return changelog == null ? null : migrate(bundle, changelog.strip());
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<MigratedSchema> registration) {
            // STARTING to ACTIVE: already migrated
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<MigratedSchema> registration) {
            migrated.remove(bundle.getSymbolicName());
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters a stopping bundle's services itself
            }
        }
    }
}
