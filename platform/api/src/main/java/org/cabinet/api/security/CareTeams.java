package org.cabinet.api.security;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who cares for which patient: members of a patient's care team may open the patient's clinical record.
 *
 * @since 1.0
 */
@ProviderType
public interface CareTeams {

    /** @return the user ids of the active members of the patient's care team */
    List<String> members(String patientId);

    /**
     * Adds a practitioner to a patient's care team (audited; needs {@link Permissions#CARE_TEAM_MANAGE}).
     *
     * @throws IllegalArgumentException when {@code userId} is not an active practitioner
     */
    void add(String patientId, String userId);

    /** Ends a practitioner's membership of a patient's care team (audited; needs {@link Permissions#CARE_TEAM_MANAGE}). */
    void remove(String patientId, String userId);
}
