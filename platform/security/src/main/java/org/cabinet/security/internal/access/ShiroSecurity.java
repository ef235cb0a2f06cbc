package org.cabinet.security.internal.access;

import java.util.Optional;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.cabinet.security.internal.password.PasswordHashing;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.UserAccount;
import org.cabinet.security.internal.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cabinet's Shiro security manager: checks passwords against the accounts, and makes the subject of a request
 * whose session is valid. No Shiro sessions: the state of a login is Cabinet's token, in the database.
 */
@Component(service = ShiroSecurity.class)
public final class ShiroSecurity {

    private final DefaultSecurityManager manager;
    private final PasswordHashing hashing;

    @Activate
    public ShiroSecurity(@Reference SecurityDatabase database, @Reference Authorizations authorizations) {
        this.hashing = new PasswordHashing();
        CredentialsMatcher matcher = (token, info) -> matches((UsernamePasswordToken) token, info);
        CabinetRealm realm = new CabinetRealm(username -> database.sql()
                .inTransaction(connection -> UserStore.byUsername(connection, username)).orElse(null),
                authorizations, matcher);
        this.manager = new DefaultSecurityManager(realm);
        DefaultSessionStorageEvaluator noSessions = new DefaultSessionStorageEvaluator();
        noSessions.setSessionStorageEnabled(false);
        ((DefaultSubjectDAO) manager.getSubjectDAO()).setSessionStorageEvaluator(noSessions);
    }

    private boolean matches(UsernamePasswordToken token, AuthenticationInfo info) {
        Object stored = info.getCredentials();
        return hashing.matches(new String(token.getPassword()), stored == null ? null : stored.toString());
    }

    /** @return the account whose name and password these are, or empty (same time either way) */
    public Optional<UserAccount> checkPassword(String username, String password) {
        try {
            AuthenticationInfo info = manager.authenticate(new UsernamePasswordToken(username, password));
            return info.getPrincipals().getPrimaryPrincipal() instanceof UserAccount account
                    ? Optional.of(account) : Optional.empty();
        } catch (AuthenticationException e) {
            return Optional.empty();
        }
    }

    /** @return the stored form of a new password */
    public String hashPassword(String password) {
        return hashing.hash(password);
    }

    /** @return the subject of a request made within a valid session */
    public Subject subject(SessionPrincipal principal) {
        return new Subject.Builder(manager)
                .principals(new SimplePrincipalCollection(principal, CabinetRealm.NAME))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
    }
}
