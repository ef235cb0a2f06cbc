package org.cabinet.audit.internal.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.store.AuditRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The current anchor, in {@code audit_archive_anchor}: where the chain held in {@code audit_event} starts. It moves
 * only together with the deletion of the events it now covers, in one transaction.
 */
@Component(service = ArchiveAnchors.class)
public final class ArchiveAnchors {

    private final AuditRepository repository;

    @Activate
    public ArchiveAnchors(@Reference AuditRepository repository) {
        this.repository = repository;
    }

    public Anchor current() throws SQLException {
        try (Connection connection = repository.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT seq, hash, recorded_us, segment, signature FROM audit_archive_anchor WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the audit archive anchor is missing");
            }
            return new Anchor(row.getLong(1), row.getString(2), ChainHash.instant(row.getLong(3)), row.getString(4),
                    row.getString(5));
        }
    }

    /**
     * In one transaction, moves the anchor from {@code from} to {@code to} and deletes the events after the first up
     * to the second, which an archived segment holds now.
     *
     * @param beforeCommit run last inside the transaction (a crash there leaves everything as it was)
     * @throws IllegalStateException when the anchor moved meanwhile (another node archived), or the events to
     *         delete are not all there; nothing is changed then
     */
    public void advance(Anchor from, Anchor to, Runnable beforeCommit) throws SQLException {
        try (Connection connection = repository.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!move(connection, from, to)) {
                    throw new IllegalStateException("the archive anchor moved meanwhile: another node archived");
                }
                int deleted = repository.delete(connection, from.sequence(), to.sequence());
                if (deleted != to.sequence() - from.sequence()) {
                    throw new IllegalStateException((to.sequence() - from.sequence()) + " events were to leave the "
                            + "database but " + deleted + " were there");
                }
                beforeCommit.run();
                connection.commit();
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    private static boolean move(Connection connection, Anchor from, Anchor to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE audit_archive_anchor SET seq = ?, "
                + "hash = ?, recorded_us = ?, segment = ?, signature = ? WHERE id = 1 AND seq = ? AND hash = ?")) {
            update.setLong(1, to.sequence());
            update.setString(2, to.hash());
            update.setLong(3, ChainHash.micros(to.time()));
            update.setString(4, to.segment());
            update.setString(5, to.signature());
            update.setLong(6, from.sequence());
            update.setString(7, from.hash());
            return update.executeUpdate() == 1;
        }
    }
}
