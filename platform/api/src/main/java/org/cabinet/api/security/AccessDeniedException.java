package org.cabinet.api.security;

/**
 * The caller may not do this: answered 403. The refusal is already in the audit log when this is thrown.
 *
 * @since 1.0
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * @param reason  a stable id of why, e.g. {@code missing-permission}, {@code no-care-relationship}
     * @param message one sentence for the caller, without health data
     */
    public AccessDeniedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** @return a stable id of why: {@code missing-permission}, {@code no-care-relationship}, ... */
    public String reason() {
        return reason;
    }
}
