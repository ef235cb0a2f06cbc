package org.cabinet.api.audit;

import java.time.Instant;

/**
 * An event as the audit log holds it.
 *
 * @param sequence its place in the chain, from 1, without gaps
 * @param time     when it was recorded, UTC
 * @param node     the Cabinet node that recorded it
 * @param event    what was recorded
 * @param hash     SHA-256 (hex) over its canonical form, which includes the previous event's hash
 * @since 1.0
 */
public record RecordedEvent(long sequence, Instant time, String node, AuditEvent event, String hash) {
}
