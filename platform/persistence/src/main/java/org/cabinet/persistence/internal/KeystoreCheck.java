package org.cabinet.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.cabinet.api.crypto.FieldCipher;

/**
 * Ties a database to its keystore: the first start records a keyed hash of a fixed text under the keystore's
 * index key (which is never rotated); every later start compares. A keystore made anew after the old one was
 * lost, or a keys folder from another installation, is then refused before a single value is sealed with it.
 * The hash tells nothing about the key.
 */
final class KeystoreCheck {

    private static final String TEXT = "Cabinet keystore check";

    private final DataSource dataSource;

    KeystoreCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return {@code null} when the keystore belongs to the database, else what is wrong and what to do */
    String verify(FieldCipher keys, Path keystore) throws SQLException {
        String expected = keys.blindIndex(TEXT);
        String recorded = recorded();
        if (recorded == null) {
            try {
                record(expected);
                return null;
            } catch (SQLException e) {
                // another node recorded its own at the same moment: compare with that one
                recorded = recorded();
                if (recorded == null) {
                    throw e;
                }
            }
        }
        return recorded.equals(expected) ? null
                : "the keys in " + keystore.getParent() + " are not those this database was encrypted with: restore the "
                        + "keys folder that belongs to it (from its backup, or bin/cabinet-keys restore)";
    }

    private String recorded() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT check_value FROM cabinet_keystore_check WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private void record(String value) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO cabinet_keystore_check (id, check_value, recorded_at) VALUES (1, ?, ?)")) {
            insert.setString(1, value);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
