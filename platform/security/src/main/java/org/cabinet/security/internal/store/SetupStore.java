package org.cabinet.security.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code sec_setup} row: the hash of the one-time setup token, and whether setup is closed for good. */
public final class SetupStore {

    /** The setup's state. */
    public record SetupState(boolean closed, String tokenHash) {
    }

    private SetupStore() {
    }

    /** Reads the state and locks the row until the transaction ends. */
    public static SetupState lock(Connection connection) throws SQLException {
        UserStore.lockAdministrators(connection);
        try (PreparedStatement select = connection.prepareStatement("SELECT closed, token_hash FROM sec_setup WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the setup row of the security tables is missing");
            }
            return new SetupState(row.getBoolean(1), row.getString(2));
        }
    }

    public static void open(Connection connection, String tokenHash) throws SQLException {
        UserStore.update(connection, "UPDATE sec_setup SET token_hash = ? WHERE id = 1", tokenHash);
    }

    public static void close(Connection connection) throws SQLException {
        UserStore.update(connection, "UPDATE sec_setup SET closed = TRUE, token_hash = NULL WHERE id = 1");
    }
}
