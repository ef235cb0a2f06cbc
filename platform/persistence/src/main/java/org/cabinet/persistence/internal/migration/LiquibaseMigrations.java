package org.cabinet.persistence.internal.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies one bundle's Liquibase changelog to a datasource: change sets are versioned by their id, applied in
 * order, each in its own transaction, and recorded in {@value #HISTORY} (shared by every bundle; a change set is
 * keyed by id, author and changelog path, which names the bundle). Never reaches the network: Liquibase's usage
 * analytics are switched off and changelogs are YAML (no XML schema to look up).
 */
public final class LiquibaseMigrations {

    /** the bookkeeping table: which change set of which bundle was applied, when, in which order */
    public static final String HISTORY = "cabinet_schema_history";
    /** the lock that keeps two nodes (or two bundles) from migrating at the same time */
    public static final String LOCK = "cabinet_schema_lock";

    private LiquibaseMigrations() {
    }

    /**
     * @param owner the class loader of the bundle that owns the changelog
     * @param changelog its path inside that bundle, e.g. {@code db/org.cabinet.persistence/changelog.yaml}
     */
    public static void apply(DataSource dataSource, ClassLoader owner, String changelog) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its own databases and change types through ServiceLoader: let it look in its own bundle
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> scope = new HashMap<>();
            scope.put("liquibase.analytics.enabled", Boolean.FALSE);
            scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDatabaseChangeLogTableName(HISTORY);
                database.setDatabaseChangeLogLockTableName(LOCK);
                @SuppressWarnings("deprecation")
                Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(owner), database);
                liquibase.update(new Contexts(), new LabelExpression());
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
