package org.cabinet.security.internal.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.security.AccessControl;
import org.cabinet.api.security.AccessDeniedException;
import org.cabinet.api.security.BreakGlassGrant;
import org.cabinet.api.security.Caller;
import org.cabinet.api.security.CareRelationshipSource;
import org.cabinet.api.security.CareTeams;
import org.cabinet.api.security.NotAuthenticatedException;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.security.Roles;
import org.cabinet.security.internal.CurrentTime;
import org.cabinet.security.internal.SecurityConfig;
import org.cabinet.security.internal.store.CareStore;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.UserAccount;
import org.cabinet.security.internal.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The checks on the caller of the current request, whose Shiro subject the authentication filter bound to the
 * thread: permissions, care relationships (care team, or an appointment a {@link CareRelationshipSource} knows
 * of), break-glass. Every refusal is in the audit log before it is thrown.
 */
@Component(service = { AccessControl.class, CareTeams.class, AccessControlService.class },
        configurationPid = SecurityConfig.PID)
public final class AccessControlService implements AccessControl, CareTeams {

    static final int REASON_MIN = 10;
    static final int REASON_MAX = 1000;

    private final SecurityDatabase database;
    private final CurrentTime time;
    private final FieldCipher cipher;
    private final CallerAudit audit;
    private final List<CareRelationshipSource> sources = new CopyOnWriteArrayList<>();
    private volatile Duration appointmentBefore;
    private volatile Duration appointmentAfter;
    private volatile Duration breakGlass;

    @Activate
    public AccessControlService(@Reference SecurityDatabase database, @Reference CurrentTime time,
            @Reference FieldCipher cipher, @Reference AuditLog log, SecurityConfig config) {
        this.database = database;
        this.time = time;
        this.cipher = cipher;
        this.audit = new CallerAudit(log);
        modified(config);
    }

    @Modified
    void modified(SecurityConfig config) {
        appointmentBefore = Duration.ofDays(Math.max(0, config.care_appointment_days_before()));
        appointmentAfter = Duration.ofDays(Math.max(0, config.care_appointment_days_after()));
        breakGlass = Duration.ofMinutes(Math.max(1, config.break_glass_minutes()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(CareRelationshipSource source) {
        sources.add(source);
    }

    void removeSource(CareRelationshipSource source) {
        sources.remove(source);
    }

    @Override
    public Optional<Caller> currentCaller() {
        return SessionPrincipal.current().map(SessionPrincipal::caller);
    }

    @Override
    public Caller caller() {
        return currentCaller().orElseThrow(() -> new NotAuthenticatedException("no authenticated caller"));
    }

    @Override
    public boolean isPermitted(String permission) {
        Subject subject = ThreadContext.getSubject();
        return SessionPrincipal.current().isPresent() && subject.isPermitted(permission);
    }

    @Override
    public void require(String permission) {
        Caller caller = caller();
        if (!isPermitted(permission)) {
            audit.record(caller, null, AuditAction.ACCESS_DENIED, "permission", permission, AuditOutcome.DENIED,
                    AccessBasis.NOT_APPLICABLE);
            throw new AccessDeniedException("missing-permission", "this account lacks the permission " + permission);
        }
    }

    @Override
    public AccessBasis requirePatient(String patientId, String permission) {
        Caller caller = caller();
        if (!isPermitted(permission)) {
            audit.record(caller, patientId, AuditAction.ACCESS_DENIED, "permission", permission, AuditOutcome.DENIED,
                    AccessBasis.NOT_APPLICABLE);
            throw new AccessDeniedException("missing-permission", "this account lacks the permission " + permission);
        }
        if (!Permissions.needsCareRelationship(permission)) {
            return AccessBasis.NOT_APPLICABLE;
        }
        Instant now = time.now();
        boolean member = database.sql().inTransaction(connection -> CareStore.isMember(connection, patientId,
                caller.userId()));
        if (member || hasAppointment(caller.userId(), patientId, now)) {
            return AccessBasis.CARE_RELATIONSHIP;
        }
        long nowMicros = CurrentTime.micros(now);
        if (database.sql().inTransaction(connection -> CareStore.hasBreakGlass(connection, caller.userId(), patientId,
                nowMicros))) {
            return AccessBasis.BREAK_GLASS;
        }
        audit.record(caller, patientId, AuditAction.ACCESS_DENIED, "patient", patientId, AuditOutcome.DENIED,
                AccessBasis.NO_RELATIONSHIP);
        throw new AccessDeniedException("no-care-relationship", "no care relationship with this patient: "
                + "use break-glass with a reason if this is an emergency");
    }

    private boolean hasAppointment(String userId, String patientId, Instant now) {
        Instant from = now.minus(appointmentAfter);
        Instant to = now.plus(appointmentBefore);
        return sources.stream().anyMatch(source -> source.hasAppointment(userId, patientId, from, to));
    }

    @Override
    public BreakGlassGrant breakGlass(String patientId, String reason) {
        Caller caller = caller();
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN || why.length() > REASON_MAX) {
            throw new IllegalArgumentException("a break-glass reason is " + REASON_MIN + " to " + REASON_MAX
                    + " characters");
        }
        if (Roles.PRACTITIONERS.stream().noneMatch(caller::hasRole) || !isPermitted(Permissions.PATIENT_READ)) {
            audit.record(caller, patientId, AuditAction.ACCESS_DENIED, "break-glass", null, AuditOutcome.DENIED,
                    AccessBasis.NOT_APPLICABLE);
            throw new AccessDeniedException("not-a-practitioner", "only practitioners may use break-glass");
        }
        Instant granted = time.now();
        BreakGlassGrant grant = new BreakGlassGrant(UUID.randomUUID().toString(), caller.userId(), patientId, granted,
                granted.plus(breakGlass));
        // recorded first: a grant that could not be audited is never given
        audit.record(caller, patientId, AuditAction.BREAK_GLASS, "break-glass", grant.id(), AuditOutcome.SUCCESS,
                AccessBasis.BREAK_GLASS);
        database.sql().inTransaction(connection -> {
            CareStore.grantBreakGlass(connection, grant.id(), grant.userId(), patientId, cipher.encrypt(why),
                    CurrentTime.micros(grant.grantedAt()), CurrentTime.micros(grant.expiresAt()));
            return null;
        });
        return grant;
    }

    @Override
    public List<String> members(String patientId) {
        require(Permissions.CARE_TEAM_MANAGE);
        return database.sql().inTransaction(connection -> CareStore.members(connection, patientId));
    }

    @Override
    public void add(String patientId, String userId) {
        require(Permissions.CARE_TEAM_MANAGE);
        Caller caller = caller();
        boolean practitioner = database.sql().inTransaction(connection -> UserStore.byId(connection, userId))
                .filter(UserAccount::isActive)
                .filter(account -> Roles.PRACTITIONERS.stream().anyMatch(account.roles()::contains))
                .isPresent();
        if (!practitioner) {
            throw new IllegalArgumentException("only an active practitioner joins a care team");
        }
        audit.record(caller, patientId, AuditAction.ADMIN_CHANGE, "care-team", userId, AuditOutcome.SUCCESS,
                AccessBasis.NOT_APPLICABLE);
        long now = time.nowMicros();
        database.sql().inTransaction(connection -> CareStore.join(connection, patientId, userId, now));
    }

    @Override
    public void remove(String patientId, String userId) {
        require(Permissions.CARE_TEAM_MANAGE);
        audit.record(caller(), patientId, AuditAction.ADMIN_CHANGE, "care-team", userId, AuditOutcome.SUCCESS,
                AccessBasis.NOT_APPLICABLE);
        long now = time.nowMicros();
        database.sql().inTransaction(connection -> CareStore.leave(connection, patientId, userId, now));
    }
}
