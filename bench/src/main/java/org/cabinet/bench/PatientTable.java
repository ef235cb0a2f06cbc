package org.cabinet.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A table of the benchmark, the same on Derby and PostgreSQL: a small record with one secondary index. */
final class PatientTable {

    private final String name;

    /** @param name an SQL identifier */
    PatientTable(String name) {
        this.name = name;
    }

    void create(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE " + name + " (id BIGINT NOT NULL PRIMARY KEY, family_name VARCHAR(100) NOT NULL,"
                    + " birth_date DATE NOT NULL, nir_sealed VARCHAR(200) NOT NULL, nir_index VARCHAR(64) NOT NULL,"
                    + " note_sealed VARCHAR(1000) NOT NULL)");
            sql.execute("CREATE INDEX " + name + "_nir ON " + name + " (nir_index)");
        }
        connection.commit();
    }

    void drop(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE " + name);
        }
        connection.commit();
    }

    PreparedStatement prepareInsert(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO " + name
                + " (id, family_name, birth_date, nir_sealed, nir_index, note_sealed) VALUES (?, ?, ?, ?, ?, ?)");
    }

    void bind(PreparedStatement insert, long id, RowEncoding.Row row) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, row.familyName());
        insert.setDate(3, Date.valueOf(row.birthDate()));
        insert.setString(4, row.nir());
        insert.setString(5, row.nirIndex());
        insert.setString(6, row.note());
    }

    long count(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + name)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Reads the first row back, opens its NIR and note, and finds it again through the index: the
     * rows written are the rows meant. Not timed.
     *
     * @throws IllegalStateException when the row does not read back
     */
    void checkReadBack(Connection connection, RowEncoding encoding) throws SQLException {
        String nir;
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT nir_sealed, note_sealed FROM " + name + " WHERE id = 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("row 1 was not written");
            }
            nir = encoding.open(rows.getString(1));
            if (nir.length() != 15 || encoding.open(rows.getString(2)).isEmpty()) {
                throw new IllegalStateException("row 1 does not read back");
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM " + name + " WHERE nir_index = ?")) {
            query.setString(1, encoding.index(nir));
            try (ResultSet rows = query.executeQuery()) {
                boolean found = false;
                while (rows.next()) {
                    found |= rows.getLong(1) == 1;
                }
                if (!found) {
                    throw new IllegalStateException("row 1 is not found through its NIR index");
                }
            }
        }
        connection.commit();
    }
}
