package org.cabinet.api.security;

import java.util.List;

/**
 * The roles of Cabinet, by their exact ids. Every role but {@link #PATIENT} must use a second factor.
 *
 * @since 1.0
 */
public final class Roles {

    public static final String ADMIN = "admin";
    /** general practitioner */
    public static final String GP = "gp";
    public static final String MIDWIFE = "midwife";
    public static final String NURSE = "nurse";
    public static final String SECRETARY = "secretary";
    /** health-centre coordinator */
    public static final String COORDINATOR = "coordinator";
    public static final String PATIENT = "patient";

    /** every role, in the order administrators see them */
    public static final List<String> ALL = List.of(ADMIN, GP, MIDWIFE, NURSE, SECRETARY, COORDINATOR, PATIENT);

    /** the roles that care for patients and may open a clinical record within a care relationship */
    public static final List<String> PRACTITIONERS = List.of(GP, MIDWIFE, NURSE);

    private Roles() {
    }

    /** @return whether {@code role} must log in with a second factor */
    public static boolean requiresSecondFactor(String role) {
        return !PATIENT.equals(role);
    }
}
