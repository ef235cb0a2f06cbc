package org.cabinet.security.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cabinet.api.security.Roles;
import org.cabinet.security.internal.CurrentTime;
import org.cabinet.security.internal.store.UserAccount.Status;

/** The {@code sec_user}, {@code sec_user_role} and {@code sec_recovery_code} tables, inside the caller's transaction. */
public final class UserStore {

    private static final String COLUMNS = "id, username, display_name, password_hash, totp_enabled, status, "
            + "status_reason, created_us, last_active_us";

    private UserStore() {
    }

    /** @return the name folded as accounts are told apart: case variants are one account */
    public static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<UserAccount> byUsername(Connection connection, String username) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM sec_user WHERE username_key = ?", key(username));
    }

    public static Optional<UserAccount> byId(Connection connection, String id) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM sec_user WHERE id = ?", id);
    }

    public static List<UserAccount> all(Connection connection) throws SQLException {
        Map<String, Set<String>> roles = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT user_id, role FROM sec_user_role");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                roles.computeIfAbsent(rows.getString(1), id -> new HashSet<>()).add(rows.getString(2));
            }
        }
        List<UserAccount> accounts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM sec_user ORDER BY username_key");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                accounts.add(account(rows, roles.getOrDefault(rows.getString(1), Set.of())));
            }
        }
        return accounts;
    }

    private static Optional<UserAccount> one(Connection connection, String query, String value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, value);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(account(row, roles(connection, row.getString(1))));
            }
        }
    }

    private static UserAccount account(ResultSet row, Set<String> roles) throws SQLException {
        return new UserAccount(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getBoolean(5), Status.valueOf(row.getString(6)), row.getString(7), roles,
                CurrentTime.instant(row.getLong(8)), CurrentTime.instant(row.getLong(9)));
    }

    private static Set<String> roles(Connection connection, String userId) throws SQLException {
        Set<String> roles = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT role FROM sec_user_role WHERE user_id = ?")) {
            select.setString(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
        }
        return roles;
    }

    /** @return false when the name (in any case) is taken */
    public static boolean insert(Connection connection, UserAccount account) throws SQLException {
        if (byUsername(connection, account.username()).isPresent()) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sec_user (" + COLUMNS
                + ", username_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, account.id());
            insert.setString(2, account.username());
            insert.setString(3, account.displayName());
            insert.setString(4, account.passwordHash());
            insert.setBoolean(5, false);
            insert.setString(6, account.status().name());
            insert.setString(7, account.statusReason());
            insert.setLong(8, CurrentTime.micros(account.created()));
            insert.setLong(9, CurrentTime.micros(account.lastActive()));
            insert.setString(10, key(account.username()));
            insert.executeUpdate();
        }
        setRoles(connection, account.id(), account.roles());
        return true;
    }

    public static void setRoles(Connection connection, String userId, Set<String> roles) throws SQLException {
        update(connection, "DELETE FROM sec_user_role WHERE user_id = ?", userId);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sec_user_role (user_id, role) VALUES (?, ?)")) {
            for (String role : roles) {
                insert.setString(1, userId);
                insert.setString(2, role);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static void setStatus(Connection connection, String userId, Status status, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sec_user SET status = ?, status_reason = ? WHERE id = ?")) {
            update.setString(1, status.name());
            update.setString(2, reason);
            update.setString(3, userId);
            update.executeUpdate();
        }
    }

    public static void setDisplayName(Connection connection, String userId, String displayName) throws SQLException {
        update(connection, "UPDATE sec_user SET display_name = ? WHERE id = ?", displayName, userId);
    }

    public static void setPasswordHash(Connection connection, String userId, String hash) throws SQLException {
        update(connection, "UPDATE sec_user SET password_hash = ? WHERE id = ?", hash, userId);
    }

    /** Stores a second-factor secret not yet confirmed: the account keeps logging in as before until it is. */
    public static void setPendingTotp(Connection connection, String userId, String sealedSecret) throws SQLException {
        update(connection, "UPDATE sec_user SET totp_secret_sealed = ?, totp_enabled = FALSE, totp_last_step = 0 WHERE id = ?",
                sealedSecret, userId);
    }

    public static void enableTotp(Connection connection, String userId) throws SQLException {
        update(connection, "UPDATE sec_user SET totp_enabled = TRUE WHERE id = ?", userId);
    }

    /** Forgets the second factor and its recovery codes (administrator recovery). */
    public static void clearTotp(Connection connection, String userId) throws SQLException {
        update(connection, "UPDATE sec_user SET totp_secret_sealed = NULL, totp_enabled = FALSE WHERE id = ?", userId);
        update(connection, "DELETE FROM sec_recovery_code WHERE user_id = ?", userId);
    }

    /** @return the sealed second-factor secret, if one is stored */
    public static Optional<String> sealedTotp(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT totp_secret_sealed FROM sec_user WHERE id = ?")) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Records that the code of time step {@code step} was used.
     *
     * @return false when a code of this step or a later one was already accepted: a replayed code
     */
    public static boolean useTotpStep(Connection connection, String userId, long step) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sec_user SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?")) {
            update.setLong(1, step);
            update.setString(2, userId);
            update.setLong(3, step);
            return update.executeUpdate() == 1;
        }
    }

    public static void touch(Connection connection, String userId, long nowMicros) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sec_user SET last_active_us = ? WHERE id = ?")) {
            update.setLong(1, nowMicros);
            update.setString(2, userId);
            update.executeUpdate();
        }
    }

    public static void replaceRecoveryCodes(Connection connection, String userId, List<String> hashes) throws SQLException {
        update(connection, "DELETE FROM sec_recovery_code WHERE user_id = ?", userId);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sec_recovery_code (user_id, code_hash) VALUES (?, ?)")) {
            for (String hash : hashes) {
                insert.setString(1, userId);
                insert.setString(2, hash);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** @return whether the code was one of the account's unused recovery codes; it is used up either way */
    public static boolean useRecoveryCode(Connection connection, String userId, String hash) throws SQLException {
        return update(connection, "DELETE FROM sec_recovery_code WHERE user_id = ? AND code_hash = ?", userId, hash) == 1;
    }

    /**
     * Serialises changes that could leave Cabinet without an administrator, across the nodes sharing the
     * database: call first in the transaction.
     */
    public static void lockAdministrators(Connection connection) throws SQLException {
        update(connection, "UPDATE sec_setup SET closed = closed WHERE id = 1");
    }

    /** @return the ids of the active administrators */
    public static List<String> activeAdministrators(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT u.id FROM sec_user u JOIN sec_user_role r "
                + "ON r.user_id = u.id WHERE r.role = ? AND u.status = ?")) {
            select.setString(1, Roles.ADMIN);
            select.setString(2, Status.ACTIVE.name());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** @return the active accounts whose last activity is before {@code beforeMicros} */
    public static List<UserAccount> inactiveSince(Connection connection, long beforeMicros) throws SQLException {
        List<UserAccount> inactive = new ArrayList<>();
        for (UserAccount account : all(connection)) {
            if (account.isActive() && CurrentTime.micros(account.lastActive()) < beforeMicros) {
                inactive.add(account);
            }
        }
        return inactive;
    }

    static int update(Connection connection, String statement, String... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setString(i + 1, values[i]);
            }
            return update.executeUpdate();
        }
    }
}
