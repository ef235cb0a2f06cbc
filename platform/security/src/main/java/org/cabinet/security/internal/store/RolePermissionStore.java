package org.cabinet.security.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The {@code sec_role_permission} table: which role holds which permission. */
public final class RolePermissionStore {

    private RolePermissionStore() {
    }

    /** @return every role's permissions */
    public static Map<String, Set<String>> all(Connection connection) throws SQLException {
        Map<String, Set<String>> permissions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT role, permission FROM sec_role_permission");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                permissions.computeIfAbsent(rows.getString(1), role -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        return permissions;
    }

    public static void replace(Connection connection, String role, Set<String> permissions) throws SQLException {
        UserStore.update(connection, "DELETE FROM sec_role_permission WHERE role = ?", role);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sec_role_permission (role, permission) VALUES (?, ?)")) {
            for (String permission : permissions) {
                insert.setString(1, role);
                insert.setString(2, permission);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
