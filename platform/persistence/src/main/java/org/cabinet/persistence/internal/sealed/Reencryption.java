package org.cabinet.persistence.internal.sealed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.crypto.TamperedFieldException;
import org.cabinet.persistence.internal.sql.JdbcTransactions;

/**
 * Moves the values of one sealed column to the primary key: reads them in pages ordered by {@code id} (so each
 * row is visited once, whatever else changes), opens and seals each again, and writes it back only if the row
 * still holds the value read, each page in one short transaction. Rows written meanwhile by the application are
 * sealed under the primary key already, and stay as they are. Works on VARCHAR and CLOB columns alike (values
 * are compared with LIKE, which Derby allows on CLOB; a sealed value contains no wildcard once '_' is escaped).
 */
final class Reencryption {

    static final int PAGE = 200;

    private final DataSource dataSource;
    private final SealedColumn column;

    Reencryption(DataSource dataSource, SealedColumn column) {
        this.dataSource = dataSource;
        this.column = column;
    }

    /**
     * @param primaryPrefix the text every value sealed under the primary key starts with, e.g. {@code v1.data-2026.}
     */
    ReencryptionOutcome run(FieldCipher cipher, String primaryPrefix) throws SQLException {
        long resealed = 0;
        long unreadable = 0;
        Object after = null;
        while (!Thread.currentThread().isInterrupted()) {
            List<Object[]> page = page(primaryPrefix, after);
            if (page.isEmpty()) {
                break;
            }
            long[] counts = JdbcTransactions.inTransaction(dataSource, connection -> reseal(connection, page, cipher));
            resealed += counts[0];
            unreadable += counts[1];
            after = page.get(page.size() - 1)[0];
        }
        return new ReencryptionOutcome(column, resealed, unreadable);
    }

    /** @return values resealed and values that could not be opened, in this page */
    private long[] reseal(Connection connection, List<Object[]> page, FieldCipher cipher) throws SQLException {
        long resealed = 0;
        long unreadable = 0;
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + column.table() + " SET "
                + column.column() + " = ? WHERE id = ? AND " + column.column() + " LIKE ? ESCAPE '!'")) {
            for (Object[] row : page) {
                String value = (String) row[1];
                String sealed;
                try {
                    sealed = cipher.encrypt(cipher.decrypt(value));
                } catch (TamperedFieldException e) {
                    unreadable++;
                    continue;
                }
                update.setString(1, sealed);
                update.setObject(2, row[0]);
                update.setString(3, escape(value));
                resealed += update.executeUpdate();
            }
        }
        return new long[] { resealed, unreadable };
    }

    /** @return how many values of the column start with {@code prefix} */
    long count(String prefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + column.table()
                        + " WHERE " + column.column() + " LIKE ? ESCAPE '!'")) {
            count.setString(1, escape(prefix) + "%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** @return how many rows of the column hold a value */
    long countAll() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + column.table()
                        + " WHERE " + column.column() + " IS NOT NULL");
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<Object[]> page(String primaryPrefix, Object after) throws SQLException {
        String sql = "SELECT id, " + column.column() + " FROM " + column.table() + " WHERE " + column.column()
                + " IS NOT NULL AND " + column.column() + " NOT LIKE ? ESCAPE '!'" + (after == null ? "" : " AND id > ?")
                + " ORDER BY id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setMaxRows(PAGE);
            select.setString(1, escape(primaryPrefix) + "%");
            if (after != null) {
                select.setObject(2, after);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Object[] { result.getObject(1), result.getString(2) });
                }
            }
            return rows;
        }
    }

    static String escape(String text) {
        return text.replace("!", "!!").replace("_", "!_").replace("%", "!%");
    }
}
