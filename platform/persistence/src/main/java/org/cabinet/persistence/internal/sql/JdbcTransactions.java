package org.cabinet.persistence.internal.sql;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * One short local JDBC transaction: committed when the work returns, rolled back when it throws, and the
 * connection handed back to the pool in auto-commit mode either way.
 */
public final class JdbcTransactions {

    /** Work on one connection, inside the transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private JdbcTransactions() {
    }

    public static <T> T inTransaction(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        }
    }
}
