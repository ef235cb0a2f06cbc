package org.cabinet.api.audit;

/**
 * How an audited attempt ended.
 *
 * @since 1.0
 */
public enum AuditOutcome {
    SUCCESS,
    /** it failed: an error, a wrong password */
    FAILURE,
    /** authorization refused it */
    DENIED,
    /** a write that was rolled back: nothing of it was stored */
    ROLLED_BACK
}
