package org.cabinet.records.internal.guard;

import org.cabinet.api.security.Permissions;

/**
 * What a request reaches, as access control checks it and the audit log records it.
 *
 * @param patientId    the patient whose data it is, or {@code null} for data of no one patient (a search, a tariff)
 * @param permission   the permission it needs
 * @param resourceType the kind of resource, as audit events name it ({@code patient}, {@code record-entry}, ...)
 * @param resourceId   its id, or {@code null}
 */
public record Target(String patientId, String permission, String resourceType, String resourceId) {

    /** @return a target within one patient's clinical record (care relationship or break-glass needed) */
    public static Target clinical(String patientId, String resourceType, String resourceId) {
        return new Target(patientId, Permissions.PATIENT_READ, resourceType, resourceId);
    }

    /** @return the same target, needing {@code otherPermission} */
    public Target needing(String otherPermission) {
        return new Target(patientId, otherPermission, resourceType, resourceId);
    }

    /** @return the same target, naming the resource {@code id} */
    public Target naming(String id) {
        return new Target(patientId, permission, resourceType, id);
    }
}
