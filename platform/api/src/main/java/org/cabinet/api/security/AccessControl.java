package org.cabinet.api.security;

import java.util.Optional;

import org.cabinet.api.audit.AccessBasis;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The checks a service makes before it serves or changes health data, on the caller of the current request.
 * Every refusal is recorded in the audit log before it is thrown. The checks live in the services, not only in
 * the REST layer, so that no module can skip them.
 *
 * @since 1.0
 */
@ProviderType
public interface AccessControl {

    /** @return the caller of the current request, if it is authenticated */
    Optional<Caller> currentCaller();

    /**
     * @return the caller of the current request
     * @throws NotAuthenticatedException when the request is not authenticated
     */
    Caller caller();

    /** @return whether the current caller holds {@code permission} */
    boolean isPermitted(String permission);

    /**
     * @throws NotAuthenticatedException when the request is not authenticated
     * @throws AccessDeniedException     when the caller lacks {@code permission} (audited)
     */
    void require(String permission);

    /**
     * Checks that the caller may use {@code permission} on one patient: the permission, and for clinical
     * permissions a care relationship (an active member of the patient's care team, or an appointment within the
     * configured window) or a break-glass grant still running.
     *
     * @return on what grounds the access is granted, for the audit event the service then records
     * @throws NotAuthenticatedException when the request is not authenticated
     * @throws AccessDeniedException     when refused (audited, with the patient's id)
     */
    AccessBasis requirePatient(String patientId, String permission);

    /**
     * Grants the caller emergency access to a patient outside any care relationship, for a limited time. Recorded
     * as a {@code BREAK_GLASS} audit event, which raises an alert to administrators.
     *
     * @param reason why, in the practitioner's words (stored encrypted, never logged)
     * @throws AccessDeniedException    when the caller is not a practitioner allowed to read records
     * @throws IllegalArgumentException when the reason is blank or too short to say anything
     */
    BreakGlassGrant breakGlass(String patientId, String reason);
}
