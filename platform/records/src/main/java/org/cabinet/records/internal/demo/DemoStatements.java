package org.cabinet.records.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The batched inserts of a demo run, on one connection: executed together, parents first. */
final class DemoStatements implements AutoCloseable {

    private final PreparedStatement patient;
    private final PreparedStatement name;
    private final PreparedStatement encounter;
    private final PreparedStatement entry;
    private final PreparedStatement version;

    DemoStatements(Connection connection) throws SQLException {
        patient = connection.prepareStatement("INSERT INTO rec_patient (id, birth_name, used_name, first_names,"
                + " birth_date, sex, birthplace_insee, nir_sealed, nir_index, contact_sealed, birth_name_key,"
                + " first_name_key, created_us, updated_us, identity_status, status, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROV', 'active', 1)");
        name = connection.prepareStatement(
                "INSERT INTO rec_patient_name (name_key, first_name_key, patient_id) VALUES (?, ?, ?)");
        encounter = connection.prepareStatement("INSERT INTO rec_encounter (id, patient_id, practitioner_id, kind,"
                + " started_us, reason_sealed, created_us, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)");
        entry = connection.prepareStatement("INSERT INTO rec_entry (id, patient_id, kind, status, payload_sealed,"
                + " recorded_us, author_id, updated_us, updated_by, version) VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, 1)");
        version = connection.prepareStatement("INSERT INTO rec_entry_version (id, entry_id, version, status,"
                + " payload_sealed, author_id, recorded_us) VALUES (?, ?, 1, 'active', ?, ?, ?)");
    }

    PreparedStatement patient() {
        return patient;
    }

    void name(String key, String firstNameKey, String patientId) throws SQLException {
        name.setString(1, key);
        name.setString(2, firstNameKey);
        name.setString(3, patientId);
        name.addBatch();
    }

    void encounter(String id, String patientId, String practitionerId, String kind, long startedUs, String reasonSealed,
            long nowUs) throws SQLException {
        encounter.setString(1, id);
        encounter.setString(2, patientId);
        encounter.setString(3, practitionerId);
        encounter.setString(4, kind);
        encounter.setLong(5, startedUs);
        encounter.setString(6, reasonSealed);
        encounter.setLong(7, nowUs);
        encounter.addBatch();
    }

    void entry(String id, String patientId, String kind, String payloadSealed, String authorId, long nowUs)
            throws SQLException {
        entry.setString(1, id);
        entry.setString(2, patientId);
        entry.setString(3, kind);
        entry.setString(4, payloadSealed);
        entry.setLong(5, nowUs);
        entry.setString(6, authorId);
        entry.setLong(7, nowUs);
        entry.setString(8, authorId);
        entry.addBatch();
        version.setString(1, id + ":1");
        version.setString(2, id);
        version.setString(3, payloadSealed);
        version.setString(4, authorId);
        version.setLong(5, nowUs);
        version.addBatch();
    }

    /** Runs every batch, parents before children. */
    void execute() throws SQLException {
        patient.executeBatch();
        name.executeBatch();
        encounter.executeBatch();
        entry.executeBatch();
        version.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] { patient, name, encounter, entry, version }) {
            statement.close();
        }
    }
}
