package org.cabinet.records.internal.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.cabinet.records.internal.rest.Paging;

/** The searches of the patient list, each one index range: exact NIR index, name-key prefix, birth date. */
final class PatientSearch {

    private PatientSearch() {
    }

    static List<PatientEntity> byNir(EntityManager em, String index, Paging paging) {
        return em.createQuery("select p from PatientEntity p where p.nirIndex = :index and p.status = 'active'"
                + " order by p.birthNameKey, p.id", PatientEntity.class).setParameter("index", index)
                .setFirstResult(paging.offset()).setMaxResults(paging.fetch()).getResultList();
    }

    @SuppressWarnings("unchecked")
    static List<PatientEntity> byNameOrBirthDate(EntityManager em, String key, LocalDate birthDate, Paging paging) {
        if (key.isEmpty()) {
            return em.createQuery("select p from PatientEntity p where p.birthDate = :born and p.status = 'active'"
                    + " order by p.birthNameKey, p.firstNameKey, p.id", PatientEntity.class)
                    .setParameter("born", birthDate).setFirstResult(paging.offset()).setMaxResults(paging.fetch())
                    .getResultList();
        }
        // read from the name index in the list's order: a page stops after its rows, whatever the prefix matches
        String sql = "SELECT n.patient_id, n.name_key, n.first_name_key FROM rec_patient_name n"
                + (birthDate == null ? "" : " JOIN rec_patient p ON p.id = n.patient_id AND p.birth_date = ?2")
                + " WHERE n.name_key LIKE ?1 ORDER BY n.name_key, n.first_name_key, n.patient_id";
        // name keys hold only A-Z, 0-9 and spaces: no LIKE wildcard of the client's reaches the query
        Query query = em.createNativeQuery(sql).setParameter(1, key + "%");
        if (birthDate != null) {
            query.setParameter(2, java.sql.Date.valueOf(birthDate));
        }
        List<Object[]> rows = query.setFirstResult(paging.offset()).setMaxResults(paging.fetch()).getResultList();
        // a patient whose birth and used names both match comes once, where it first comes
        List<String> ids = rows.stream().map(row -> (String) row[0]).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, PatientEntity> found = em.createQuery("select p from PatientEntity p where p.id in :ids",
                PatientEntity.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(PatientEntity::id, Function.identity()));
        return ids.stream().map(found::get).filter(patient -> patient != null && patient.active()).toList();
    }
}
