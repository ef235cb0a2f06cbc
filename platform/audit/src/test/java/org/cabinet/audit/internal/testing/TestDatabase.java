package org.cabinet.audit.internal.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cabinet.audit.internal.AuditWriter;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** A real embedded Derby database in memory, with the audit tables made by the bundle's own changelog. */
public final class TestDatabase {

    private static final String CHANGELOG = "db/org.cabinet.audit/changelog.yaml";
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private TestDatabase() {
    }

    public static EmbeddedDataSource create() throws Exception {
        // Derby's own log goes with the build's output, not into the source tree
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:audit-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(Map.of("liquibase.analytics.enabled", Boolean.FALSE,
                    "liquibase.command.showSummaryOutput", "LOG", Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                @SuppressWarnings("deprecation")
                Liquibase liquibase = new Liquibase(CHANGELOG,
                        new ClassLoaderResourceAccessor(AuditWriter.class.getClassLoader()), database);
                liquibase.update(new Contexts(), new LabelExpression());
            });
        }
        return dataSource;
    }

    /** Drops the in-memory database. */
    public static void drop(DataSource dataSource) {
        EmbeddedDataSource derby = (EmbeddedDataSource) dataSource;
        derby.setCreateDatabase(null);
        derby.setConnectionAttributes("drop=true");
        try {
            derby.getConnection().close();
        } catch (SQLException e) {
            // 08006: dropped, as asked
        }
    }
}
