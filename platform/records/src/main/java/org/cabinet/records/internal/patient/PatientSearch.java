package org.cabinet.records.internal.patient;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.cabinet.records.internal.rest.Paging;

/** The searches of the patient list, each one index range: exact NIR index, name-key prefix, birth date. */
final class PatientSearch {

    private static final Comparator<PatientEntity> ORDER = Comparator.comparing(PatientEntity::birthNameKeyValue)
            .thenComparing(PatientEntity::firstNameKeyValue).thenComparing(PatientEntity::id);

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
        String sql = "SELECT p.id, p.birth_name_key, p.first_name_key FROM rec_patient p WHERE p.status = 'active'"
                + " AND p.id IN (SELECT n.patient_id FROM rec_patient_name n WHERE n.name_key LIKE ?1)"
                + (birthDate == null ? "" : " AND p.birth_date = ?2")
                + " ORDER BY p.birth_name_key, p.first_name_key, p.id";
        Query query = em.createNativeQuery(sql).setParameter(1, escape(key) + "%");
        if (birthDate != null) {
            query.setParameter(2, java.sql.Date.valueOf(birthDate));
        }
        List<Object[]> rows = query.setFirstResult(paging.offset()).setMaxResults(paging.fetch()).getResultList();
        List<String> ids = rows.stream().map(row -> (String) row[0]).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from PatientEntity p where p.id in :ids", PatientEntity.class)
                .setParameter("ids", ids).getResultList().stream().sorted(ORDER).toList();
    }

    private static String escape(String key) {
        // name keys hold only A-Z, 0-9 and spaces: no LIKE wildcard can reach the query
        return key;
    }
}
