package org.cabinet.security.internal.users;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.security.Caller;
import org.cabinet.api.security.Roles;
import org.cabinet.security.internal.CurrentTime;
import org.cabinet.security.internal.Secrets;
import org.cabinet.security.internal.access.CallerAudit;
import org.cabinet.security.internal.access.ShiroSecurity;
import org.cabinet.security.internal.login.FailedLogins;
import org.cabinet.security.internal.password.PasswordPolicy;
import org.cabinet.security.internal.session.Sessions;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.UserAccount.Status;
import org.cabinet.security.internal.store.UserAccount;
import org.cabinet.security.internal.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Changes to accounts, each audited as an administrative change by whoever made it: creation, roles, disabling
 * and enabling (which also ends a freeze), password reset, unlocking. Disabling an account or resetting its
 * password ends all its sessions at once. No change may leave Cabinet without an active administrator.
 */
@Component(service = UserAdministration.class)
public final class UserAdministration {

    static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{3,64}");
    static final int DISPLAY_NAME_MAX = 200;

    private final SecurityDatabase database;
    private final ShiroSecurity shiro;
    private final Sessions sessions;
    private final FailedLogins failures;
    private final CurrentTime time;
    private final CallerAudit audit;
    private final PasswordPolicy policy = new PasswordPolicy();

    @Activate
    public UserAdministration(@Reference SecurityDatabase database, @Reference ShiroSecurity shiro,
            @Reference Sessions sessions, @Reference FailedLogins failures, @Reference CurrentTime time,
            @Reference AuditLog log) {
        this.database = database;
        this.shiro = shiro;
        this.sessions = sessions;
        this.failures = failures;
        this.time = time;
        this.audit = new CallerAudit(log);
    }

    public List<UserView> list() {
        return database.sql().inTransaction(UserStore::all).stream().map(UserView::of).toList();
    }

    public UserView get(String id) {
        return UserView.of(account(id));
    }

    /** @throws org.cabinet.api.rest.ProblemException when a field is refused or the name is taken */
    public UserView create(Caller by, NewUser request) {
        UserAccount account = validated(request);
        boolean inserted = database.sql().inTransaction(connection -> {
            boolean done = UserStore.insert(connection, account);
            if (done) {
                audit.adminChange(by, "user", account.id());
            }
            return done;
        });
        if (!inserted) {
            throw Problems.usernameTaken();
        }
        return UserView.of(account);
    }

    /** @return the account a request describes, not stored yet, once every field passed */
    public UserAccount validated(NewUser request) {
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw Problems.invalid("username", "A username is 3 to 64 letters, digits or . _ @ -.",
                    "Un nom d'utilisateur compte 3 à 64 lettres, chiffres ou . _ @ -.");
        }
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > DISPLAY_NAME_MAX || displayName.chars().anyMatch(Character::isISOControl)) {
            throw Problems.invalid("displayName", "A display name is 1 to 200 characters.",
                    "Un nom affiché compte 1 à 200 caractères.");
        }
        policy.refusal(request.password()).ifPresent(refusal -> {
            throw Problems.weakPassword(refusal);
        });
        Set<String> roles = roles(request.roles());
        Instant now = time.now();
        return new UserAccount(UUID.randomUUID().toString(), username, displayName, shiro.hashPassword(request.password()),
                false, Status.ACTIVE, null, roles, now, now);
    }

    static Set<String> roles(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw Problems.invalid("roles", "An account has at least one role: " + Roles.ALL + ".",
                    "Un compte a au moins un rôle : " + Roles.ALL + ".");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : requested) {
            if (role == null || !Roles.ALL.contains(role)) {
                throw Problems.invalid("roles", "Unknown role; the roles are " + Roles.ALL + ".",
                        "Rôle inconnu ; les rôles sont " + Roles.ALL + ".");
            }
            roles.add(role);
        }
        if (roles.contains(Roles.PATIENT) && roles.size() > 1) {
            throw Problems.invalid("roles", "A patient account has no other role.", "Un compte patient n'a pas d'autre rôle.");
        }
        return roles;
    }

    public UserView setRoles(Caller by, String id, List<String> requested) {
        Set<String> roles = roles(requested);
        database.sql().inTransaction(connection -> {
            UserStore.lockAdministrators(connection);
            requireAccount(connection, id);
            UserStore.setRoles(connection, id, roles);
            requireAnAdministrator(connection);
            audit.adminChange(by, "user-roles", id);
            return null;
        });
        sessions.revokeAll(id);
        return get(id);
    }

    /** Disables an account and ends its sessions; the reason says who or what, e.g. {@code by-administrator}. */
    public UserView disable(Caller by, String id, String reason) {
        changeStatus(by, "user-disable", id, Status.DISABLED, reason);
        return get(id);
    }

    /** Enables an account, disabled or frozen (the administrator reviewed it). */
    public UserView enable(Caller by, String id) {
        changeStatus(by, "user-enable", id, Status.ACTIVE, null);
        failures.clear(account(id).username());
        return get(id);
    }

    /** Sets a new password, ends every session of the account, and lifts its lockout. */
    public UserView resetPassword(Caller by, String id, String password) {
        policy.refusal(password).ifPresent(refusal -> {
            throw Problems.weakPassword(refusal);
        });
        UserAccount account = account(id);
        String hash = shiro.hashPassword(password);
        database.sql().inTransaction(connection -> {
            UserStore.setPasswordHash(connection, id, hash);
            audit.adminChange(by, "user-password", id);
            return null;
        });
        sessions.revokeAll(id);
        failures.clear(account.username());
        return get(id);
    }

    /** Lifts the lockout of an account (its failed logins are forgotten). */
    public UserView unlock(Caller by, String id) {
        UserAccount account = account(id);
        audit.adminChange(by, "user-unlock", id);
        failures.clear(account.username());
        return UserView.of(account);
    }

    /**
     * Recovers an administrator's account from the local console: a new random password (returned, to be shown
     * once), the account enabled again, its lockout lifted, its sessions ended and, if asked, its second factor
     * forgotten (enrolled again at its next login).
     *
     * @throws org.cabinet.api.rest.ProblemException when no administrator has this username
     */
    public String recoverAdministrator(String username, boolean forgetSecondFactor) {
        UserAccount account = database.sql().inTransaction(connection -> UserStore.byUsername(connection, username))
                .filter(found -> found.roles().contains(Roles.ADMIN))
                .orElseThrow(() -> Problems.invalid("username", "No administrator has this username.",
                        "Aucun administrateur n'a ce nom d'utilisateur."));
        String password = Secrets.typedCode(20);
        String hash = shiro.hashPassword(password);
        database.sql().inTransaction(connection -> {
            UserStore.setPasswordHash(connection, account.id(), hash);
            UserStore.setStatus(connection, account.id(), Status.ACTIVE, null);
            if (forgetSecondFactor) {
                UserStore.clearTotp(connection, account.id());
            }
            audit.adminChange(SystemActor.CONSOLE, forgetSecondFactor ? "admin-recover-second-factor" : "admin-recover",
                    account.id());
            return null;
        });
        sessions.revokeAll(account.id());
        failures.clear(account.username());
        return password;
    }

    /**
     * @throws org.cabinet.api.rest.ProblemException 409 when the change would leave no active administrator
     */
    void changeStatus(Caller by, String change, String id, Status status, String reason) {
        database.sql().inTransaction(connection -> {
            UserStore.lockAdministrators(connection);
            requireAccount(connection, id);
            UserStore.setStatus(connection, id, status, reason);
            requireAnAdministrator(connection);
            audit.adminChange(by, change, id);
            return null;
        });
        if (status != Status.ACTIVE) {
            sessions.revokeAll(id);
        }
    }

    private UserAccount account(String id) {
        return database.sql().inTransaction(connection -> requireAccount(connection, id));
    }

    private static UserAccount requireAccount(Connection connection, String id) throws SQLException {
        return UserStore.byId(connection, id).orElseThrow(Problems::unknownUser);
    }

    private static void requireAnAdministrator(Connection connection) throws SQLException {
        if (UserStore.activeAdministrators(connection).isEmpty()) {
            throw Problems.lastAdministrator();
        }
    }
}
