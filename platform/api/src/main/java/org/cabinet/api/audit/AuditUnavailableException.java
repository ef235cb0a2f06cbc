package org.cabinet.api.audit;

/**
 * The audit log cannot record an event durably. Auditing is fail-closed: the caller refuses its request (HTTP
 * 503) and returns or changes nothing.
 *
 * @since 1.0
 */
public class AuditUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
