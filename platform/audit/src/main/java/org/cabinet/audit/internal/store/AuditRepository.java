package org.cabinet.audit.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.persistence.MigratedSchema;
import org.cabinet.audit.internal.chain.ChainHash;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit tables, in plain JDBC: batches of inserts and the chain head's compare-and-set are what matter here. */
@Component(service = AuditRepository.class)
public final class AuditRepository {

    static final String BUNDLE = "org.cabinet.audit";
    private static final String COLUMNS = "seq, recorded_us, node, actor, role, patient_id, action, resource_type, "
            + "resource_id, outcome, basis, client_address, prev_hash, hash";

    private final DataSource dataSource;

    @Activate
    public AuditRepository(@Reference(target = CabinetPersistence.DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(" + CabinetPersistence.SCHEMA_BUNDLE + "=" + BUNDLE + ")") MigratedSchema schema) {
        this(dataSource);
    }

    /** @param dataSource a database where the audit changelog is already applied (outside OSGi: the benchmark) */
    public AuditRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The last event of the chain, as the head row says. */
    public record Head(long sequence, String hash) {
    }

    public Head head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, hash FROM audit_chain_head WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the audit chain head is missing");
            }
            return new Head(row.getLong(1), row.getString(2));
        }
    }

    public Head head() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return head(connection);
        }
    }

    /**
     * Appends the events after {@code from} and moves the head to the last of them, in the caller's transaction.
     *
     * @return false when another node moved the head meanwhile: roll back and start again from the new head
     */
    public boolean append(Connection connection, Head from, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredEvent stored : events) {
                bind(insert, stored);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        StoredEvent last = events.get(events.size() - 1);
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ? AND hash = ?")) {
            move.setLong(1, last.sequence());
            move.setString(2, last.hash());
            move.setLong(3, from.sequence());
            move.setString(4, from.hash());
            return move.executeUpdate() == 1;
        }
    }

    /** Reads every event from {@code fromSequence} on, in order, without holding them all in memory. */
    public void forEach(long fromSequence, Consumer<StoredEvent> visitor) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM audit_event WHERE seq >= ? ORDER BY seq")) {
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            select.setFetchSize(1000);
            select.setLong(1, fromSequence);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    visitor.accept(read(rows));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * @return the events after {@code afterSequence}, in chain order, at most {@code limit}, ending before the
     *         first one recorded at or after {@code beforeMicros}
     */
    public List<StoredEvent> chainAfter(long afterSequence, long beforeMicros, int limit) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM audit_event WHERE seq > ? ORDER BY seq")) {
            select.setMaxRows(limit);
            select.setLong(1, afterSequence);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next() && rows.getLong("recorded_us") < beforeMicros) {
                    events.add(read(rows));
                }
            }
        }
        return events;
    }

    /** @return the lowest sequence number in the table, if it holds any event */
    public OptionalLong lowestSequence() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT MIN(seq) FROM audit_event");
                ResultSet row = select.executeQuery()) {
            row.next();
            long lowest = row.getLong(1);
            return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(lowest);
        }
    }

    /** @return the stored hash of one event, if it is in the table */
    public Optional<String> hashAt(long sequence) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
            select.setLong(1, sequence);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Deletes the events after {@code afterSequence} up to {@code lastSequence}, in the caller's transaction. */
    public int delete(Connection connection, long afterSequence, long lastSequence) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM audit_event WHERE seq > ? AND seq <= ?")) {
            delete.setLong(1, afterSequence);
            delete.setLong(2, lastSequence);
            return delete.executeUpdate();
        }
    }

    /**
     * @param where a condition on the columns, with {@code ?} for each parameter
     * @return the matching events, oldest first, at most {@code limit}
     */
    public List<RecordedEvent> find(String where, List<Object> parameters, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM audit_event WHERE " + where + " ORDER BY seq")) {
            select.setMaxRows(limit);
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<RecordedEvent> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows).recorded());
                }
            }
            return found;
        }
    }

    private static void bind(PreparedStatement insert, StoredEvent stored) throws SQLException {
        AuditEvent event = stored.event();
        insert.setLong(1, stored.sequence());
        insert.setLong(2, stored.timeMicros());
        insert.setString(3, stored.node());
        insert.setString(4, event.actor());
        insert.setString(5, event.role());
        insert.setString(6, event.patientId());
        insert.setString(7, event.action().name());
        insert.setString(8, event.resourceType());
        insert.setString(9, event.resourceId());
        insert.setString(10, event.outcome().name());
        insert.setString(11, event.basis().name());
        insert.setString(12, event.clientAddress());
        insert.setString(13, stored.previousHash());
        insert.setString(14, stored.hash());
    }

    private static StoredEvent read(ResultSet row) throws SQLException {
        AuditEvent event;
        try {
            event = new AuditEvent(row.getString("actor"), row.getString("role"), row.getString("patient_id"),
                    AuditAction.valueOf(row.getString("action")), row.getString("resource_type"),
                    row.getString("resource_id"), AuditOutcome.valueOf(row.getString("outcome")),
                    AccessBasis.valueOf(row.getString("basis")), row.getString("client_address"));
        } catch (IllegalArgumentException | NullPointerException e) {
            // a row edited into something no event can be: the verifier names it
            return StoredEvent.unreadable(row.getLong("seq"), row.getString("prev_hash"), row.getString("hash"));
        }
        return new StoredEvent(row.getLong("seq"), row.getLong("recorded_us"), row.getString("node"), event,
                row.getString("prev_hash"), row.getString("hash"));
    }

    /** One row of the chain as stored: what the hash covers, the previous hash and the hash. */
    public record StoredEvent(long sequence, long timeMicros, String node, AuditEvent event, String previousHash,
            String hash) {

        /** @return an event edited into something no event can be, for the chain walk to name */
        public static StoredEvent unreadable(long sequence, String previousHash, String hash) {
            return new StoredEvent(sequence, 0, null, null, previousHash, hash);
        }

        public boolean readable() {
            return event != null;
        }

        /** @return the hash its content gives */
        public String expectedHash() {
            return ChainHash.of(sequence, timeMicros, node, event, previousHash);
        }

        public RecordedEvent recorded() {
            return new RecordedEvent(sequence, ChainHash.instant(timeMicros), node, event, hash);
        }
    }
}
