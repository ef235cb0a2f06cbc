package org.cabinet.itests.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The audit tables as someone with access to the database sees them: plain SQL, no Cabinet in between. */
final class AuditTables {

    /** the columns of {@code audit_event}, in order */
    static final String EVENT_COLUMNS = "seq, recorded_us, node, actor, role, patient_id, action, resource_type, "
            + "resource_id, outcome, basis, client_address, prev_hash, hash";

    private final DataSource dataSource;

    AuditTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            bind(update, parameters);
            update.executeUpdate();
        }
    }

    /** @return the first row's values, whole numbers as {@code Long} whatever the database's types */
    List<Object> firstRow(String query, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as(query).isTrue();
                List<Object> values = new ArrayList<>();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    Object value = row.getObject(column);
                    values.add(value instanceof Number number ? Long.valueOf(number.longValue()) : value);
                }
                return values;
            }
        }
    }

    /** @return the columns of one event */
    List<Object> event(long sequence) throws SQLException {
        return firstRow("SELECT " + EVENT_COLUMNS + " FROM audit_event WHERE seq = ?", sequence);
    }

    /** Inserts an event as {@link #event} read it. */
    void insertEvent(List<Object> columns) throws SQLException {
        sql("INSERT INTO audit_event (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                columns.toArray());
    }

    /** Renames a table in the database's own words: Derby's and PostgreSQL's differ. */
    void renameTable(String from, String to) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            sql(connection.getMetaData().getDatabaseProductName().contains("Derby") ? "RENAME TABLE " + from + " TO "
                    + to : "ALTER TABLE " + from + " RENAME TO " + to);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
