package org.cabinet.security.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code sec_login_failure} table: one row per failed login and subject ({@code account:<folded name>} or
 * {@code address:<ip>}), counted over a sliding window. In the database, so that every node sees the same counts.
 */
public final class FailureStore {

    private FailureStore() {
    }

    public static void record(Connection connection, String subject, long nowMicros) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sec_login_failure (subject_key, failed_us) VALUES (?, ?)")) {
            insert.setString(1, subject);
            insert.setLong(2, nowMicros);
            insert.executeUpdate();
        }
    }

    /**
     * @return the failures of {@code subject} after {@code sinceMicros} and not after {@code nowMicros} (a failure
     *         recorded ahead of now, before the clock was set back, does not lock anyone out)
     */
    public static int count(Connection connection, String subject, long sinceMicros, long nowMicros) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM sec_login_failure WHERE subject_key = ? AND failed_us > ? AND failed_us <= ?")) {
            select.setString(1, subject);
            select.setLong(2, sinceMicros);
            select.setLong(3, nowMicros);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Forgets the failures of {@code subject}: a successful login, or an administrator unlocking the account. */
    public static void clear(Connection connection, String subject) throws SQLException {
        UserStore.update(connection, "DELETE FROM sec_login_failure WHERE subject_key = ?", subject);
    }

    public static int deleteBefore(Connection connection, long beforeMicros) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sec_login_failure WHERE failed_us <= ?")) {
            delete.setLong(1, beforeMicros);
            return delete.executeUpdate();
        }
    }
}
