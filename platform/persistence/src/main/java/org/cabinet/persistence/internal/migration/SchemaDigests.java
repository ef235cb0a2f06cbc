package org.cabinet.persistence.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.cabinet.persistence.internal.sql.JdbcTransactions;
import org.osgi.framework.Bundle;

/**
 * Which changelog folders were last applied as they are now ({@code cabinet_schema_digest}): a bundle whose
 * changelog folder has not changed since its last migration starts without Liquibase parsing it again, which
 * is most of a start's time spent on migrations.
 */
final class SchemaDigests {

    private final DataSource dataSource;

    SchemaDigests(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return SHA-256 over every file of the changelog's folder in the bundle, by path */
    static String digest(Bundle owner, String changelog) {
        int slash = changelog.lastIndexOf('/');
        String folder = slash < 0 ? "/" : changelog.substring(0, slash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            var entries = owner.findEntries(folder, "*", true);
            List<URL> files = entries == null ? List.of() : Collections.list(entries).stream()
                    .filter(url -> !url.getPath().endsWith("/")).sorted((a, b) -> a.getPath().compareTo(b.getPath())).toList();
            for (URL file : files) {
                sha.update(file.getPath().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.openStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot read the changelog folder " + folder + " of "
                    + owner.getSymbolicName() + ": " + e.getMessage(), e);
        }
    }

    /** @return the number of change sets applied under this digest, if it is the one last applied */
    Optional<Integer> appliedAs(String changelog, String digest) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT digest, change_sets FROM cabinet_schema_digest WHERE changelog = ?")) {
            select.setString(1, changelog);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && digest.equals(row.getString(1)) ? Optional.of(row.getInt(2)) : Optional.empty();
            }
        } catch (SQLException tableNotThereYet) {
            // the first migration of org.cabinet.persistence creates the table
            return Optional.empty();
        }
    }

    void record(String bundle, String changelog, String digest, int changeSets) throws SQLException {
        JdbcTransactions.inTransaction(dataSource, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cabinet_schema_digest WHERE changelog = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO cabinet_schema_digest "
                            + "(changelog, bundle, digest, change_sets, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                delete.setString(1, changelog);
                delete.executeUpdate();
                insert.setString(1, changelog);
                insert.setString(2, bundle);
                insert.setString(3, digest);
                insert.setInt(4, changeSets);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                return insert.executeUpdate();
            }
        });
    }
}
