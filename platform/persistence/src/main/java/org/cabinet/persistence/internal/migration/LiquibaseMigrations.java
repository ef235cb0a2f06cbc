package org.cabinet.persistence.internal.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.LoggerFactory;

/**
 * Applies one bundle's Liquibase changelog to a datasource: change sets are versioned by their id, applied in
 * order, each in its own transaction, and recorded in Liquibase's own {@value #HISTORY} table (shared by every
 * bundle; a change set is keyed by id, author and changelog path, which names the bundle), under the lock of
 * {@value #LOCK}. (Liquibase's standard names: with a name of Cabinet's own holding an underscore, Liquibase 4.33
 * does not find its table again on Derby and fails at the second start.) Never reaches the network: Liquibase's
 * usage analytics are switched off and changelogs are YAML (no XML schema to look up).
 * <p>
 * Liquibase finds its own parts through {@code ServiceLoader} and requires an OSGi ServiceLoader Mediator for it.
 * Cabinet runs none: handing Liquibase its own class loader (below) is enough, and a mediator (Aries SPI Fly)
 * rewrites the classes of every bundle that asks for one, Jetty's included; one rewritten Jetty class whose link to
 * the mediator failed during a busy start broke the web server until the next restart. This bundle therefore stands
 * for the mediator that Liquibase requires.
 */
@Capability(namespace = "osgi.extender", name = "osgi.serviceloader.processor", version = "1.0.0")
@Capability(namespace = "osgi.extender", name = "osgi.serviceloader.registrar", version = "1.0.0")
public final class LiquibaseMigrations {

    /** the bookkeeping table: which change set of which bundle was applied, when, in which order */
    public static final String HISTORY = "databasechangelog";
    /** the lock that keeps two nodes (or two bundles) from migrating at the same time */
    public static final String LOCK = "databasechangeloglock";

    /**
     * Giving up leaves the database closed until a restart, and a loaded two-core machine has been seen to need more
     * than two minutes to start Liquibase: wait long.
     */
    private static final Duration LIQUIBASE_START = Duration.ofMinutes(10);

    private LiquibaseMigrations() {
    }

    /** Liquibase's bundle starts after the core: most starts have nothing to migrate. */
    private static void awaitLiquibase() {
        Bundle liquibase = FrameworkUtil.getBundle(Liquibase.class);
        long deadline = System.nanoTime() + LIQUIBASE_START.toNanos();
        while (liquibase != null && liquibase.getState() != Bundle.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Liquibase did not start within " + LIQUIBASE_START);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Liquibase to start", e);
            }
        }
    }

    /**
     * Applies the changelog, unless its folder is exactly as when it was last applied.
     *
     * @param owner the bundle that owns the changelog
     * @param changelog its path inside that bundle, e.g. {@code db/org.cabinet.persistence/changelog.yaml}
     * @return the number of change sets in the changelog, every one of them now applied
     */
    public static int apply(DataSource dataSource, Bundle owner, String changelog) {
        SchemaDigests digests = new SchemaDigests(dataSource);
        String digest = SchemaDigests.digest(owner, changelog);
        Optional<Integer> unchanged = digests.appliedAs(changelog, digest);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        int changeSets = update(dataSource, owner, changelog);
        try {
            digests.record(owner.getSymbolicName(), changelog, digest, changeSets);
        } catch (SQLException e) {
            // only the next start's shortcut is lost: Liquibase will find everything applied
            LoggerFactory.getLogger(LiquibaseMigrations.class).warn("Could not record the digest of {}: {}", changelog,
                    e.getMessage());
        }
        return changeSets;
    }

    /** @return whether the changelog's folder is exactly as when it was last applied: nothing to do */
    public static boolean isUpToDate(DataSource dataSource, Bundle owner, String changelog) {
        return new SchemaDigests(dataSource).appliedAs(changelog, SchemaDigests.digest(owner, changelog)).isPresent();
    }

    private static int update(DataSource dataSource, Bundle owner, String changelog) {
        awaitLiquibase();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its own databases and change types through ServiceLoader: let it look in its own bundle
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> scope = new HashMap<>();
            scope.put("liquibase.analytics.enabled", Boolean.FALSE);
            scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
            return Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                // Liquibase remembers which changelog paths were up to date; a bundle that comes back in a newer
                // version has new change sets under the same path
                Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
                @SuppressWarnings("deprecation")
                Liquibase liquibase = new Liquibase(changelog, new BundleResourceAccessor(owner), database);
                liquibase.update(new Contexts(), new LabelExpression());
                return liquibase.getDatabaseChangeLog().getChangeSets().size();
            });
        } catch (SQLException e) {
            throw new IllegalStateException("no connection to apply " + changelog + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("migrations of " + changelog + " failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
