package org.cabinet.records.internal.agenda;

import java.time.Instant;

import org.cabinet.api.security.CareRelationshipSource;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Times;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells access control whether a practitioner has an appointment (booked or missed, not cancelled) with a patient
 * in the window it asks about: such an appointment opens the patient's chart to the practitioner.
 */
@Component(service = CareRelationshipSource.class)
public final class AppointmentCareRelationships implements CareRelationshipSource {

    private final ClinicalStore store;

    @Activate
    public AppointmentCareRelationships(@Reference ClinicalStore store) {
        this.store = store;
    }

    /**
     * Runs before the caller's access is granted, so it cannot itself go through the guarded (checked and audited)
     * path: it answers yes or no and returns nothing of the agenda.
     */
    @Override
    public boolean hasAppointment(String practitionerId, String patientId, Instant from, Instant to) {
        if (practitionerId == null || patientId == null || from == null || to == null) {
            return false;
        }
        return store.unguarded(em -> !em.createQuery("SELECT a.id FROM AppointmentEntity a"
                + " WHERE a.patientId = :patient AND a.practitionerId = :practitioner AND a.status <> :cancelled"
                + " AND a.startsUs >= :from AND a.startsUs <= :to", String.class)
                .setParameter("patient", patientId).setParameter("practitioner", practitionerId)
                .setParameter("cancelled", AppointmentStatus.CANCELLED.id())
                .setParameter("from", Times.micros(from)).setParameter("to", Times.micros(to))
                .setMaxResults(1).getResultList().isEmpty());
    }
}
