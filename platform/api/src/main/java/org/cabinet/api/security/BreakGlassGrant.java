package org.cabinet.api.security;

import java.time.Instant;

/**
 * Emergency access to one patient's record outside any care relationship, granted on a written reason for a
 * limited time, recorded as a high-priority audit event and raised as an alert to administrators.
 *
 * @param id        the grant's id
 * @param userId    who was granted it
 * @param patientId to which patient
 * @param grantedAt when
 * @param expiresAt until when
 * @since 1.0
 */
public record BreakGlassGrant(String id, String userId, String patientId, Instant grantedAt, Instant expiresAt) {
}
