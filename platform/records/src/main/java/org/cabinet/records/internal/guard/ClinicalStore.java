package org.cabinet.records.internal.guard;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.persistence.LocalTransactions;
import org.cabinet.api.persistence.MigratedSchema;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.AccessControl;
import org.cabinet.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The one way into the clinical core's tables (DESIGN rule 5): checks the caller (permission, and for a patient's
 * clinical data a care relationship or break-glass), runs the work in one local transaction, and records the audit
 * event <em>before</em> data is returned or a change committed. A write that fails is recorded as rolled back; when
 * the audit log cannot record, nothing is returned and nothing is changed.
 */
@Component(service = ClinicalStore.class)
public final class ClinicalStore {

    /** the bundle that owns the tables, its persistence unit and its schema */
    public static final String BUNDLE = "org.cabinet.records";

    private final LocalTransactions transactions;
    private final AuditLog audit;
    private final AccessControl access;
    private final FieldCipher cipher;

    @Activate
    public ClinicalStore(@Reference(target = "(osgi.unit.name=" + BUNDLE + ")") EntityManagerFactory units,
            @Reference AuditLog audit, @Reference AccessControl access, @Reference FieldCipher cipher,
            @Reference(target = "(" + CabinetPersistence.SCHEMA_BUNDLE + "=" + BUNDLE + ")") MigratedSchema schema) {
        this.transactions = LocalTransactions.of(units);
        this.audit = audit;
        this.access = access;
        this.cipher = cipher;
    }

    /** @return the cipher that seals identifiers, contact details and clinical text */
    public FieldCipher cipher() {
        return cipher;
    }

    /** @return the caller of the current request */
    public Caller caller() {
        return access.caller();
    }

    /** @return whether the caller of the current request holds {@code permission} */
    public boolean isPermitted(String permission) {
        return access.isPermitted(permission);
    }

    /**
     * Checks the caller may reach {@code target}, reads, records the read, returns. A read that finds nothing (a
     * {@link ProblemException} such as 404) is recorded too, as a failure: probing for ids leaves a trace.
     */
    public <T> T read(Target target, Function<EntityManager, T> work) {
        AccessBasis basis = check(target);
        return transactions.apply(em -> {
            T found;
            try {
                found = work.apply(em);
            } catch (ProblemException nothing) {
                audit.append(event(AuditAction.READ, target, AuditOutcome.FAILURE, basis));
                throw nothing;
            }
            audit.append(event(AuditAction.READ, target, AuditOutcome.SUCCESS, basis));
            return found;
        });
    }

    /**
     * Checks, changes and records in one transaction: the event is durable before the commit.
     *
     * @throws ProblemException 412 when another change of the same resource committed first
     */
    public <T> T write(AuditAction action, Target target, Function<EntityManager, T> work) {
        return write(action, List.of(target), work);
    }

    /**
     * As {@link #write(AuditAction, Target, Function)}, for a change that reaches several patients' data at once (a
     * merge of two records): every target is checked, and each gets its event.
     */
    public <T> T write(AuditAction action, List<Target> targets, Function<EntityManager, T> work) {
        List<AccessBasis> bases = targets.stream().map(this::check).toList();
        try {
            return transactions.apply(em -> {
                T written = work.apply(em);
                em.flush();
                record(action, targets, bases, AuditOutcome.SUCCESS);
                return written;
            });
        } catch (AuditUnavailableException refused) {
            throw refused;
        } catch (RuntimeException failed) {
            record(action, targets, bases, AuditOutcome.ROLLED_BACK);
            throw lostRace(failed).<RuntimeException>map(problem -> problem).orElse(failed);
        }
    }

    private void record(AuditAction action, List<Target> targets, List<AccessBasis> bases, AuditOutcome outcome) {
        for (int i = 0; i < targets.size(); i++) {
            audit.append(event(action, targets.get(i), outcome, bases.get(i)));
        }
    }

    /**
     * Finds whose data a resource is, before the guarded call that checks the caller on that patient. When there is
     * no such resource, the caller is still checked on {@code target}'s permission and the attempt recorded as a
     * failed read before the 404 leaves: probing ids leaves a trace.
     *
     * @param target the resource, with no patient yet
     * @param lookup gives the patient's id, or throws the resource's 404
     */
    public String patientOf(Target target, Function<EntityManager, String> lookup) {
        try {
            return transactions.apply(lookup);
        } catch (ProblemException missing) {
            AccessBasis basis = check(target);
            audit.append(event(AuditAction.READ, target, AuditOutcome.FAILURE, basis));
            throw missing;
        }
    }

    /** Runs work with no caller and no audit: for the demo data generator and counts, never for health data. */
    public <T> T unguarded(Function<EntityManager, T> work) {
        return transactions.apply(work);
    }

    /** Records an event on behalf of a console user ({@code actor}), for shell commands. */
    public void recordConsole(String actor, AuditAction action, Target target) {
        audit.append(new AuditEvent(actor, "admin", target.patientId(), action, target.resourceType(),
                target.resourceId(), AuditOutcome.SUCCESS, AccessBasis.NOT_APPLICABLE, "local"));
    }

    private AccessBasis check(Target target) {
        if (target.patientId() == null) {
            access.require(target.permission());
            return AccessBasis.NOT_APPLICABLE;
        }
        return access.requirePatient(target.patientId(), target.permission());
    }

    private AuditEvent event(AuditAction action, Target target, AuditOutcome outcome, AccessBasis basis) {
        Caller caller = access.caller();
        return new AuditEvent(caller.userId(), caller.auditRole(), target.patientId(), action, target.resourceType(),
                target.resourceId(), outcome, basis, caller.clientAddress());
    }

    private static Optional<ProblemException> lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof RollbackException && cause.getCause() instanceof OptimisticLockException) {
                return Optional.of(Conflicts.staleVersion());
            }
            if (cause instanceof ProblemException) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
