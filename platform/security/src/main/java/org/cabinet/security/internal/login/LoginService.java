package org.cabinet.security.internal.login;

import java.util.Optional;
import java.util.OptionalLong;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.security.Caller;
import org.cabinet.api.security.Roles;
import org.cabinet.security.internal.CurrentTime;
import org.cabinet.security.internal.Secrets;
import org.cabinet.security.internal.access.ShiroSecurity;
import org.cabinet.security.internal.login.LoginOutcome.LoggedIn;
import org.cabinet.security.internal.login.LoginOutcome.Refused;
import org.cabinet.security.internal.login.LoginOutcome.SecondFactorRequired;
import org.cabinet.security.internal.login.LoginOutcome.Throttled;
import org.cabinet.security.internal.session.Sessions;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.TokenStore.Scope;
import org.cabinet.security.internal.store.UserAccount;
import org.cabinet.security.internal.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Logging in: throttling first, then the password through Shiro, then the second factor (a code, or a recovery
 * code), then a new session. A staff account without a second factor yet gets a session that can only enrol
 * one. Every attempt is audited; the account is named by its id, never by what was typed.
 */
@Component(service = LoginService.class)
public final class LoginService {

    static final String ANONYMOUS = "anonymous";
    /** what a login opens, as audit events name it */
    static final String SESSION = "session";
    static final String REMOTE_SHELL = "remote-shell";

    private final ShiroSecurity shiro;
    private final FailedLogins failures;
    private final Sessions sessions;
    private final SecondFactor secondFactor;
    private final SecurityDatabase database;
    private final AuditLog audit;
    private final CurrentTime time;

    @Activate
    public LoginService(@Reference ShiroSecurity shiro, @Reference FailedLogins failures, @Reference Sessions sessions,
            @Reference SecondFactor secondFactor, @Reference SecurityDatabase database, @Reference AuditLog audit,
            @Reference CurrentTime time) {
        this.shiro = shiro;
        this.failures = failures;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
        this.database = database;
        this.audit = audit;
        this.time = time;
    }

    public LoginOutcome login(LoginAttempt attempt) {
        String address = attempt.clientAddress();
        Optional<LoginOutcome> refused = refusedUnchecked(attempt, SESSION);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<UserAccount> checked = shiro.checkPassword(attempt.username(), attempt.password());
        if (checked.isEmpty() || !checked.get().isActive()) {
            String actor = checked.map(UserAccount::id).orElseGet(() -> existingId(attempt.username()));
            return fail(attempt, actor, SESSION);
        }
        UserAccount account = checked.get();
        if (account.totpEnabled()) {
            if (blank(attempt.code()) && blank(attempt.recoveryCode())) {
                return new SecondFactorRequired();
            }
            if (!secondFactorMatches(account, attempt)) {
                return fail(attempt, account.id(), SESSION);
            }
        }
        failures.clear(attempt.username());
        Scope scope = account.needsSecondFactor() && !account.totpEnabled() ? Scope.ENROL : Scope.FULL;
        record(account.id(), new Caller(account.id(), account.username(), account.roles(), address).auditRole(),
                AuditAction.LOGIN, AuditOutcome.SUCCESS, address, SESSION);
        return new LoggedIn(account, sessions.issue(account.id(), scope));
    }

    /**
     * Logs an administrator in to the remote shell: an active administrator whose second factor is in force, with
     * its current code (recovery codes are for the web, where a new factor can be enrolled). Refusals are throttled
     * and audited as over HTTP, one answer for all. No session is issued: the SSH connection is the session.
     *
     * @return the administrator, or empty when refused or throttled
     */
    public Optional<UserAccount> loginToRemoteShell(LoginAttempt attempt) {
        if (refusedUnchecked(attempt, REMOTE_SHELL).isPresent()) {
            return Optional.empty();
        }
        Optional<UserAccount> checked = shiro.checkPassword(attempt.username(), attempt.password());
        // the code is checked last: checking it uses up its time step
        if (checked.isEmpty() || !checked.get().isActive() || !checked.get().roles().contains(Roles.ADMIN)
                || !checked.get().totpEnabled() || blank(attempt.code()) || !secondFactorMatches(checked.get(), attempt)) {
            String actor = checked.map(UserAccount::id).orElseGet(() -> existingId(attempt.username()));
            fail(attempt, actor, REMOTE_SHELL);
            return Optional.empty();
        }
        UserAccount account = checked.get();
        failures.clear(attempt.username());
        record(account.id(), new Caller(account.id(), account.username(), account.roles(), attempt.clientAddress())
                .auditRole(), AuditAction.LOGIN, AuditOutcome.SUCCESS, attempt.clientAddress(), REMOTE_SHELL);
        return checked;
    }

    /** @return the refusal of an attempt too malformed to check, or from an account or address throttled now */
    private Optional<LoginOutcome> refusedUnchecked(LoginAttempt attempt, String resource) {
        String address = attempt.clientAddress();
        if (attempt.malformed()) {
            record(ANONYMOUS, "none", AuditAction.LOGIN_FAILURE, AuditOutcome.FAILURE, address, resource);
            return Optional.of(new Refused());
        }
        if (failures.reached(attempt.username(), address) != null) {
            record(ANONYMOUS, "none", AuditAction.LOGIN_FAILURE, AuditOutcome.DENIED, address, resource);
            return Optional.of(new Throttled(failures.window()));
        }
        return Optional.empty();
    }

    private boolean secondFactorMatches(UserAccount account, LoginAttempt attempt) {
        if (!blank(attempt.recoveryCode())) {
            String hash = Secrets.hash(Secrets.normaliseCode(attempt.recoveryCode()));
            return database.sql().inTransaction(connection -> UserStore.useRecoveryCode(connection, account.id(), hash));
        }
        OptionalLong step = secondFactor.matchingStep(account.id(), attempt.code(), time.now());
        return step.isPresent() && database.sql().inTransaction(connection ->
                UserStore.useTotpStep(connection, account.id(), step.getAsLong()));
    }

    private LoginOutcome fail(LoginAttempt attempt, String actor, String resource) {
        String address = attempt.clientAddress();
        record(actor, "none", AuditAction.LOGIN_FAILURE, AuditOutcome.FAILURE, address, resource);
        FailedLogins.Limit reached = failures.record(attempt.username(), address);
        if (reached != null) {
            audit.append(new AuditEvent(reached == FailedLogins.Limit.ACCOUNT ? actor : ANONYMOUS, "none", null,
                    AuditAction.LOCKOUT, reached == FailedLogins.Limit.ACCOUNT ? "account" : "address", null,
                    AuditOutcome.DENIED, AccessBasis.NOT_APPLICABLE, address));
        }
        return new Refused();
    }

    private String existingId(String username) {
        return database.sql().inTransaction(connection -> UserStore.byUsername(connection, username))
                .map(UserAccount::id).orElse(ANONYMOUS);
    }

    /** Ends the caller's session. */
    public void logout(Caller caller, String tokenHash) {
        sessions.revoke(tokenHash);
        record(caller.userId(), caller.auditRole(), AuditAction.LOGOUT, AuditOutcome.SUCCESS, caller.clientAddress(),
                SESSION);
    }

    private void record(String actor, String role, AuditAction action, AuditOutcome outcome, String address,
            String resource) {
        audit.append(new AuditEvent(actor, role, null, action, resource, null, outcome, AccessBasis.NOT_APPLICABLE,
                address));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
