package org.cabinet.api.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The permissions of the core, as strings {@code domain:action}. A module's own permissions carry its id as
 * prefix ({@code midwifery:pregnancy-write}) and are declared in its descriptor. Which role holds which
 * permission is set by administrators; {@code etc/} gives the initial mapping.
 *
 * @since 1.0
 */
public final class Permissions {

    /** a patient's identity and contact details, the agenda: no care relationship needed (secretaries) */
    public static final String PATIENT_IDENTITY = "patient:identity";
    /** a patient's clinical record: within a care relationship, or break-glass */
    public static final String PATIENT_READ = "patient:read";
    /** writing a patient's clinical record: within a care relationship, or break-glass */
    public static final String PATIENT_WRITE = "patient:write";
    public static final String PRESCRIPTION_WRITE = "prescription:write";
    public static final String BILLING_WRITE = "billing:write";
    public static final String AGENDA_READ = "agenda:read";
    public static final String AGENDA_WRITE = "agenda:write";
    /** care teams: who cares for which patient */
    public static final String CARE_TEAM_MANAGE = "care-team:manage";
    /** the audit log, its verification and the alerts */
    public static final String AUDIT_READ = "audit:read";
    /** users, roles and their permissions */
    public static final String USER_MANAGE = "user:manage";
    /** installing, upgrading and removing specialty modules */
    public static final String MODULE_MANAGE = "module:manage";

    /** every permission of the core */
    public static final List<String> CORE = List.of(PATIENT_IDENTITY, PATIENT_READ, PATIENT_WRITE, PRESCRIPTION_WRITE,
            BILLING_WRITE, AGENDA_READ, AGENDA_WRITE, CARE_TEAM_MANAGE, AUDIT_READ, USER_MANAGE, MODULE_MANAGE);

    /** the shape of every permission: a lower-case prefix, a colon, a lower-case action */
    public static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,39}:[a-z][a-z0-9-]{0,63}");

    /** what a secretary works with: identity and agenda data need no care relationship (DESIGN "Care relationship") */
    private static final List<String> ADMINISTRATIVE = List.of(PATIENT_IDENTITY, AGENDA_READ, AGENDA_WRITE);

    private Permissions() {
    }

    /**
     * @return whether using {@code permission} on a patient needs a care relationship (or break-glass): every
     *         permission but identity and agenda ones, modules' own included
     */
    public static boolean needsCareRelationship(String permission) {
        return !ADMINISTRATIVE.contains(permission);
    }

    /** @return whether {@code permission} is one of the core's */
    public static boolean isCore(String permission) {
        return CORE.contains(permission);
    }
}
