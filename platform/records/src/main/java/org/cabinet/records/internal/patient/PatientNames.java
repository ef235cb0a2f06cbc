package org.cabinet.records.internal.patient;

import javax.persistence.EntityManager;

/**
 * The name-search index: one row per distinct name key of an active patient (birth name, used name), with the first
 * name's key, in the order the list shows them.
 */
final class PatientNames {

    private PatientNames() {
    }

    static void index(EntityManager em, PatientEntity patient, String usedName) {
        forget(em, patient.id());
        for (String key : PatientService.nameKeys(patient, usedName)) {
            em.createNativeQuery("INSERT INTO rec_patient_name (name_key, first_name_key, patient_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, key).setParameter(2, patient.firstNameKeyValue()).setParameter(3, patient.id())
                    .executeUpdate();
        }
    }

    static void forget(EntityManager em, String patientId) {
        em.createNativeQuery("DELETE FROM rec_patient_name WHERE patient_id = ?1").setParameter(1, patientId)
                .executeUpdate();
    }
}
