package org.cabinet.persistence.internal.migration;

import java.sql.SQLException;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
 * {@link MigratedSchema} on its behalf: at once when its changelog did not change since it was last applied,
 * else from one migration thread (Liquibase starts after the core). Nothing is undone when the bundle stops or goes: its tables and rows stay
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
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService migrations = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cabinet-migrations");
        thread.setDaemon(true);
        return thread;
    });
    private final BundleTracker<Schema> tracker;

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
    void deactivate() throws InterruptedException {
        tracker.close();
        migrations.shutdownNow();
        migrations.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public HealthStatus check() {
        if (!failures.isEmpty()) {
            return HealthStatus.down("schema migrations failed for " + new TreeMap<>(failures));
        }
        if (!pending.isEmpty()) {
            // their services are not up yet: Cabinet is still starting
            return HealthStatus.down("bringing the schema of " + new TreeSet<>(pending) + " up to date");
        }
        return HealthStatus.up(migrated.size() + " bundle schemas up to date");
    }

    /** One bundle's schema: migrated at once when nothing changed, else by the migration thread. */
    private final class Schema implements MigratedSchema {

        private final Bundle bundle;
        private final String changelog;
        private volatile int changeSets;
        private ServiceRegistration<MigratedSchema> registration;
        private boolean gone;

        Schema(Bundle bundle, String changelog) {
            this.bundle = bundle;
            this.changelog = changelog;
        }

        @Override
        public String bundle() {
            return bundle.getSymbolicName();
        }

        @Override
        public int changeSets() {
            return changeSets;
        }

        void migrate() {
            String name = bundle.getSymbolicName();
            long start = System.nanoTime();
            try {
                changeSets = LiquibaseMigrations.apply(dataSource, bundle, changelog);
                String sealed = bundle.getHeaders("").get(CabinetPersistence.SEALED_COLUMNS_HEADER);
                if (sealed != null) {
                    sealedColumns.register(SealedColumn.parse(name, sealed));
                }
                failures.remove(name);
                migrated.put(name, changeSets);
                LOG.info("Schema of {} up to date: {} change sets ({} ms)", name, changeSets,
                        (System.nanoTime() - start) / 1_000_000);
                register();
            } catch (SQLException | RuntimeException e) {
                failures.put(name, e.getMessage());
                LOG.error("The schema of {} could not be brought up to date; its services stay off: {}", name,
                        e.getMessage());
            } finally {
                pending.remove(name);
            }
        }

        private synchronized void register() {
            if (gone) {
                return;
            }
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(CabinetPersistence.SCHEMA_BUNDLE, bundle.getSymbolicName());
            try {
                registration = bundle.getBundleContext().registerService(MigratedSchema.class, this, properties);
            } catch (IllegalStateException stopping) {
                // the bundle stopped meanwhile: its schema is migrated, nobody needs to hear it now
            }
        }

        synchronized void remove() {
            gone = true;
            migrated.remove(bundle.getSymbolicName());
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework unregisters a stopping bundle's services itself
                }
            }
        }
    }

    private final class Customizer implements BundleTrackerCustomizer<Schema> {

        @Override
        public Schema addingBundle(Bundle bundle, BundleEvent event) {
            String changelog = bundle.getHeaders("").get(CabinetPersistence.SCHEMA_HEADER);
            if (changelog == null) {
                return null;
            }
            Schema schema = new Schema(bundle, changelog.strip());
            if (LiquibaseMigrations.isUpToDate(dataSource, bundle, schema.changelog)) {
                schema.migrate();
            } else {
                pending.add(bundle.getSymbolicName());
                migrations.execute(schema::migrate);
            }
            return schema;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Schema schema) {
            // STARTING to ACTIVE: already handled
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Schema schema) {
            schema.remove();
        }
    }
}
