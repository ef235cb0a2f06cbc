package org.cabinet.security.internal.access;

import java.util.function.Function;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.cabinet.security.internal.store.TokenStore.Scope;
import org.cabinet.security.internal.store.UserAccount;

/**
 * Cabinet's accounts as Shiro sees them. Authentication: the account's stored Argon2id hash, matched by the
 * given matcher; an unknown name is matched against a decoy so that it takes as long and fails alike.
 * Authorization: the permissions of the principal's roles, none for a session that may only enrol its second
 * factor.
 */
final class CabinetRealm extends AuthorizingRealm {

    static final String NAME = "cabinet";

    private final Function<String, UserAccount> accounts;
    private final Authorizations authorizations;

    /** @param accounts finds an account by the name typed, or returns null */
    CabinetRealm(Function<String, UserAccount> accounts, Authorizations authorizations, CredentialsMatcher matcher) {
        super(matcher);
        this.accounts = accounts;
        this.authorizations = authorizations;
        setName(NAME);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        // permissions live in the principal's roles and the shared mapping; nothing to cache per subject
        setAuthorizationCachingEnabled(false);
        setAuthenticationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        UserAccount account = accounts.apply(login.getUsername());
        if (account == null) {
            return new SimpleAuthenticationInfo(UnknownAccount.INSTANCE, null, NAME);
        }
        return new SimpleAuthenticationInfo(account, account.passwordHash(), NAME);
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        Object primary = principals.getPrimaryPrincipal();
        if (primary instanceof SessionPrincipal session && session.scope() == Scope.FULL) {
            info.setRoles(session.roles());
            info.setStringPermissions(authorizations.permissionsOf(session.roles()));
        }
        return info;
    }

    /** The principal of a name no account has: its credentials never match. */
    enum UnknownAccount {
        INSTANCE
    }
}
