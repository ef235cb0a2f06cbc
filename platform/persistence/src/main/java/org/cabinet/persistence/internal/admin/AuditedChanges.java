package org.cabinet.persistence.internal.admin;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.AuditUnavailableException;

/**
 * Runs an administrator's change and records it in the audit log ({@link AuditAction#ADMIN_CHANGE}), with its
 * outcome, failed attempts included. Fail-closed: while no audit log runs, nothing is changed; a change the log
 * then fails to record is not acknowledged as done, but reported as made and unrecorded (a key, once rotated,
 * cannot be taken back).
 */
final class AuditedChanges {

    /** The change itself. */
    @FunctionalInterface
    interface Change<T> {
        T run() throws Exception;
    }

    /** how the audit log names the console as a client address */
    static final String CONSOLE = "local";
    static final String ROLE = "admin";

    private final Supplier<Optional<AuditLog>> auditLog;

    /** @param auditLog the audit log running now, if any */
    AuditedChanges(Supplier<Optional<AuditLog>> auditLog) {
        this.auditLog = auditLog;
    }

    /**
     * @param actor   who asks for the change
     * @param change  what it is, as the event's resource type, e.g. {@code keys-rotate}
     * @param target  what it is about, when known before it runs (the event's resource id), or {@code null}
     * @param changed what it was about, from its result
     * @return what the change returned
     * @throws AuditUnavailableException when no audit log runs (nothing was changed), or when the change was made
     *         but could not be recorded (the message says so)
     */
    <T> T run(String actor, String change, String target, Change<T> work, Function<T, String> changed)
            throws Exception {
        AuditLog audit = auditLog.get().orElseThrow(() -> new AuditUnavailableException("The audit log is not running: "
                + change + " is refused until it can record the change.", null));
        T result;
        try {
            result = work.run();
        } catch (Exception e) {
            try {
                audit.append(event(actor, change, target, AuditOutcome.FAILURE));
            } catch (AuditUnavailableException unrecorded) {
                e.addSuppressed(unrecorded);
            }
            throw e;
        }
        try {
            audit.append(event(actor, change, changed.apply(result), AuditOutcome.SUCCESS));
        } catch (AuditUnavailableException e) {
            throw new AuditUnavailableException(change + " was done, but the audit log could not record it: "
                    + e.getMessage(), e);
        }
        return result;
    }

    private static AuditEvent event(String actor, String change, String target, AuditOutcome outcome) {
        try {
            return new AuditEvent(actor, ROLE, null, AuditAction.ADMIN_CHANGE, change, target, outcome,
                    AccessBasis.NOT_APPLICABLE, CONSOLE);
        } catch (IllegalArgumentException e) {
            // a target typed at the console that is no identifier (no such key): the attempt is recorded without it
            return new AuditEvent(actor, ROLE, null, AuditAction.ADMIN_CHANGE, change, null, outcome,
                    AccessBasis.NOT_APPLICABLE, CONSOLE);
        }
    }
}
