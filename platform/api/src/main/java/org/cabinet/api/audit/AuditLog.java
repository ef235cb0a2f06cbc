package org.cabinet.api.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Records audit events, durably and in one hash chain. Many concurrent callers share each durable commit (one
 * writer appends in batches), so a call costs about one commit's wait.
 *
 * <p>Call it <em>before</em> returning data or acknowledging a change: when it throws, refuse the request. Record
 * failed and rolled-back attempts too, with their outcome, and reads that found nothing.
 *
 * @since 1.0
 */
@ProviderType
public interface AuditLog {

    /**
     * @return the event as recorded, once it is on disk
     * @throws AuditUnavailableException when it could not be recorded durably
     */
    RecordedEvent append(AuditEvent event);
}
