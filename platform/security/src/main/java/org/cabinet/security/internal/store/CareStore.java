package org.cabinet.security.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code sec_care_team} and {@code sec_break_glass} tables. */
public final class CareStore {

    private CareStore() {
    }

    /** @return the user ids of the patient's current care team */
    public static List<String> members(Connection connection, String patientId) throws SQLException {
        List<String> members = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT user_id FROM sec_care_team "
                + "WHERE patient_id = ? AND until_us IS NULL ORDER BY user_id")) {
            select.setString(1, patientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    members.add(rows.getString(1));
                }
            }
        }
        return members;
    }

    public static boolean isMember(Connection connection, String patientId, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM sec_care_team "
                + "WHERE patient_id = ? AND user_id = ? AND until_us IS NULL")) {
            select.setString(1, patientId);
            select.setString(2, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** @return false when already a member */
    public static boolean join(Connection connection, String patientId, String userId, long nowMicros) throws SQLException {
        if (isMember(connection, patientId, userId)) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sec_care_team (patient_id, user_id, since_us) VALUES (?, ?, ?)")) {
            insert.setString(1, patientId);
            insert.setString(2, userId);
            insert.setLong(3, nowMicros);
            insert.executeUpdate();
        }
        return true;
    }

    /** Ends a membership, keeping its history. @return false when not a member */
    public static boolean leave(Connection connection, String patientId, String userId, long nowMicros) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sec_care_team SET until_us = ? "
                + "WHERE patient_id = ? AND user_id = ? AND until_us IS NULL")) {
            update.setLong(1, nowMicros);
            update.setString(2, patientId);
            update.setString(3, userId);
            return update.executeUpdate() > 0;
        }
    }

    public static void grantBreakGlass(Connection connection, String id, String userId, String patientId,
            String sealedReason, long grantedMicros, long expiresMicros) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sec_break_glass (id, user_id, patient_id, "
                + "reason_sealed, granted_us, expires_us) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, userId);
            insert.setString(3, patientId);
            insert.setString(4, sealedReason);
            insert.setLong(5, grantedMicros);
            insert.setLong(6, expiresMicros);
            insert.executeUpdate();
        }
    }

    /** @return whether the user holds a break-glass grant to the patient that runs at {@code nowMicros} */
    public static boolean hasBreakGlass(Connection connection, String userId, String patientId, long nowMicros)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM sec_break_glass "
                + "WHERE user_id = ? AND patient_id = ? AND granted_us <= ? AND expires_us > ?")) {
            select.setString(1, userId);
            select.setString(2, patientId);
            select.setLong(3, nowMicros);
            select.setLong(4, nowMicros);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
