package org.cabinet.security.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Short local transactions on Cabinet's datasource: committed when the work returns, rolled back otherwise. */
public final class Sql {

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @throws StoreException when the database fails; nothing of the work is kept
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** The security tables could not be read or written. */
    public static final class StoreException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StoreException(SQLException cause) {
            super("the security tables could not be read or written: " + cause.getMessage(), cause);
        }
    }
}
