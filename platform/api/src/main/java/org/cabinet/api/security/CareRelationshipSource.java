package org.cabinet.api.security;

import java.time.Instant;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Tells whether a practitioner has an appointment with a patient: registered as a whiteboard service by the
 * clinical core (its agenda), and by any module that books appointments. Access control asks every registered
 * source; one that answers yes is enough.
 *
 * @since 1.0
 */
@ConsumerType
public interface CareRelationshipSource {

    /**
     * @return whether {@code practitionerId} has an appointment (not cancelled) with {@code patientId} starting
     *         between {@code from} and {@code to}
     */
    boolean hasAppointment(String practitionerId, String patientId, Instant from, Instant to);
}
