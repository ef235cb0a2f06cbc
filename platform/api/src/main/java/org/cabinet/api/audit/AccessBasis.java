package org.cabinet.api.audit;

/**
 * On what grounds an account reached a patient's data.
 *
 * @since 1.0
 */
public enum AccessBasis {
    /** the event concerns no patient, or the question does not arise (identity data, authentication) */
    NOT_APPLICABLE,
    /** an active member of the patient's care team, or an appointment within the window */
    CARE_RELATIONSHIP,
    /** emergency access, justified and alerted */
    BREAK_GLASS,
    /** no care relationship: normally refused, always alerted */
    NO_RELATIONSHIP
}
