package org.cabinet.records.internal.patient;

import java.util.List;

import javax.persistence.EntityManager;

/**
 * Moves what the clinical core recorded for one patient to another, table by table: every table of the core that
 * holds a {@code patient_id}.
 */
final class PatientMerge {

    /** the core's tables that hold a patient's data, apart from the patient itself */
    static final List<String> TABLES = List.of("rec_encounter", "rec_entry", "rec_appointment", "rec_prescription",
            "rec_care_record", "rec_payment");

    private PatientMerge() {
    }

    static void moveEverything(EntityManager em, String fromId, String toId) {
        for (String table : TABLES) {
            em.createNativeQuery("UPDATE " + table + " SET patient_id = ?1 WHERE patient_id = ?2")
                    .setParameter(1, toId).setParameter(2, fromId).executeUpdate();
        }
    }
}
