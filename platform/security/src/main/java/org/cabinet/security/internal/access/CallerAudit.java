package org.cabinet.security.internal.access;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.security.Caller;

/** The audit events identity and access records about a known caller. */
public final class CallerAudit {

    private final AuditLog log;

    public CallerAudit(AuditLog log) {
        this.log = log;
    }

    /** Records an event of {@code caller}; throws (fail-closed) when it cannot be recorded. */
    public void record(Caller caller, String patientId, AuditAction action, String resourceType, String resourceId,
            AuditOutcome outcome, AccessBasis basis) {
        log.append(new AuditEvent(caller.userId(), caller.auditRole(), patientId, action, resourceType, resourceId,
                outcome, basis, caller.clientAddress()));
    }

    /** Records an administrative change made by {@code caller} on {@code resourceType}/{@code resourceId}. */
    public void adminChange(Caller caller, String resourceType, String resourceId) {
        record(caller, null, AuditAction.ADMIN_CHANGE, resourceType, resourceId, AuditOutcome.SUCCESS,
                AccessBasis.NOT_APPLICABLE);
    }
}
