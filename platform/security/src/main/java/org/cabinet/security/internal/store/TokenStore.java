package org.cabinet.security.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code sec_token} table: sessions, by the SHA-256 of their token, so that several nodes share them. */
public final class TokenStore {

    /** What a session may do. */
    public enum Scope {
        /** everything the account's roles allow */
        FULL,
        /** a staff account logged in with its password alone: nothing but enrolling its second factor */
        ENROL
    }

    /** One stored session. */
    public record StoredSession(String tokenHash, String userId, Scope scope, String csrfHash, long createdMicros,
            long lastUsedMicros, long expiresMicros) {
    }

    private TokenStore() {
    }

    public static void insert(Connection connection, StoredSession session) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sec_token (token_hash, user_id, scope, "
                + "csrf_hash, created_us, last_used_us, expires_us) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, session.tokenHash());
            insert.setString(2, session.userId());
            insert.setString(3, session.scope().name());
            insert.setString(4, session.csrfHash());
            insert.setLong(5, session.createdMicros());
            insert.setLong(6, session.lastUsedMicros());
            insert.setLong(7, session.expiresMicros());
            insert.executeUpdate();
        }
    }

    public static Optional<StoredSession> find(Connection connection, String tokenHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT token_hash, user_id, scope, csrf_hash, "
                + "created_us, last_used_us, expires_us FROM sec_token WHERE token_hash = ?")) {
            select.setString(1, tokenHash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredSession(row.getString(1), row.getString(2), Scope.valueOf(row.getString(3)),
                        row.getString(4), row.getLong(5), row.getLong(6), row.getLong(7)));
            }
        }
    }

    public static void touch(Connection connection, String tokenHash, long nowMicros) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sec_token SET last_used_us = ? WHERE token_hash = ?")) {
            update.setLong(1, nowMicros);
            update.setString(2, tokenHash);
            update.executeUpdate();
        }
    }

    /** @return whether the session existed */
    public static boolean delete(Connection connection, String tokenHash) throws SQLException {
        return UserStore.update(connection, "DELETE FROM sec_token WHERE token_hash = ?", tokenHash) == 1;
    }

    /** @return how many sessions of the account were revoked */
    public static int deleteAll(Connection connection, String userId) throws SQLException {
        return UserStore.update(connection, "DELETE FROM sec_token WHERE user_id = ?", userId);
    }

    /** Forgets sessions past their absolute end, or idle since before {@code idleBeforeMicros}. */
    public static int deleteExpired(Connection connection, long nowMicros, long idleBeforeMicros) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM sec_token WHERE expires_us <= ? OR last_used_us < ?")) {
            delete.setLong(1, nowMicros);
            delete.setLong(2, idleBeforeMicros);
            return delete.executeUpdate();
        }
    }
}
