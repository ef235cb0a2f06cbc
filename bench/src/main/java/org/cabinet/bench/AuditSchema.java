package org.cabinet.bench;

import java.sql.Connection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

import org.cabinet.audit.internal.AuditWriter;

/**
 * The audit tables, made by Liquibase from the audit bundle's own changelog, as Cabinet's
 * persistence service applies it at the bundle's start; outside OSGi the changelog is read from the
 * audit jar on the class path. Liquibase's usage analytics are off: nothing reaches the network.
 * It says only what goes wrong: its progress and summary would bury the benchmark's own lines.
 */
final class AuditSchema {

    /** its path in the audit bundle, named by the bundle's {@code Cabinet-Schema} header */
    static final String CHANGELOG = "db/org.cabinet.audit/changelog.yaml";

    /** Liquibase logs through java.util.logging, which holds its loggers weakly: this one is kept. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private AuditSchema() {
    }

    /** Applies every change set of the changelog. */
    static void create(DataSource dataSource) throws Exception {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        Map<String, Object> scope = Map.of("liquibase.analytics.enabled", Boolean.FALSE,
                "liquibase.command.showSummaryOutput", "LOG", Scope.Attr.ui.name(), new LoggerUIService());
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                @SuppressWarnings("deprecation")
                Liquibase liquibase = new Liquibase(CHANGELOG,
                        new ClassLoaderResourceAccessor(AuditWriter.class.getClassLoader()), database);
                liquibase.update(new Contexts(), new LabelExpression());
            });
        }
    }
}
