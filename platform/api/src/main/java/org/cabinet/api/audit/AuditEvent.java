package org.cabinet.api.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a caller asks the audit log to record. The log adds the time (UTC), the node and the sequence number.
 * Identifiers only: never clinical text, never a secret, never the NIR (a patient is named by Cabinet's internal
 * id). Every text field is at most {@value #MAX_LENGTH} characters of letters, digits and {@code . _ : @ / -}
 * (client addresses as IPv4 or IPv6).
 *
 * @param actor         the user id, or {@code anonymous} for an unauthenticated attempt
 * @param role          the role the actor acted in (e.g. {@code gp}), or {@code none}
 * @param patientId     the internal id of the patient concerned, or {@code null}
 * @param action        what was done
 * @param resourceType  the kind of resource, e.g. {@code patient}, {@code prescription}, {@code module}
 * @param resourceId    its id, or {@code null}
 * @param outcome       how it ended
 * @param basis         on what grounds a patient's data was reached
 * @param clientAddress the client's IP address, or {@code local} for the console
 * @since 1.0
 */
public record AuditEvent(String actor, String role, String patientId, AuditAction action, String resourceType,
        String resourceId, AuditOutcome outcome, AccessBasis basis, String clientAddress) {

    /** the longest text field */
    public static final int MAX_LENGTH = 128;

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{Alnum}._:@/\\-]{1," + MAX_LENGTH + "}");

    /**
     * @throws IllegalArgumentException when a field is missing or is not an identifier; the message names the
     *         field, not its value
     */
    public AuditEvent {
        require("actor", actor, false);
        require("role", role, false);
        require("patientId", patientId, true);
        Objects.requireNonNull(action, "action");
        require("resourceType", resourceType, false);
        require("resourceId", resourceId, true);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(basis, "basis");
        require("clientAddress", clientAddress, false);
    }

    private static void require(String field, String value, boolean optional) {
        if (value == null ? !optional : !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("audit event field " + field + " must be "
                    + (optional ? "absent or " : "") + "an identifier of at most " + MAX_LENGTH
                    + " letters, digits or . _ : @ / -");
        }
    }
}
