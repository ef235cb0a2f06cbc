package org.cabinet.security.internal.remote;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.cabinet.security.internal.login.LoginAttempt;
import org.cabinet.security.internal.login.LoginService;
import org.cabinet.security.internal.store.UserAccount;

/**
 * The JAAS login of the {@value CabinetJaasRealm#NAME} realm: Cabinet's own accounts, administrators only, through
 * {@link LoginService#loginToRemoteShell}. Karaf makes one per login by reflection; the login service comes in the
 * realm's options.
 */
public final class CabinetLoginModule implements LoginModule {

    /** the roles Karaf's remote shell asks for: to log in ({@code ssh}) and to run every command ({@code admin}) */
    static final List<String> KARAF_ROLES = List.of("ssh", "admin");
    /** one answer for every refusal, as over HTTP */
    private static final String REFUSED = "Login refused";

    private Subject subject;
    private CallbackHandler callbacks;
    private LoginService logins;
    private AdministratorPrincipal administrator;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.logins = (LoginService) options.get(CabinetJaasRealm.LOGIN_SERVICE);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password followed by the second factor's code: ", false);
        try {
            callbacks.handle(new Callback[] { name, password });
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("the remote shell gave no username and password");
        }
        char[] typed = password.getPassword();
        password.clearPassword();
        RemoteShellCredentials credentials = RemoteShellCredentials.of(typed == null ? null : new String(typed));
        String address = clientAddress();
        Optional<UserAccount> account = logins.loginToRemoteShell(new LoginAttempt(name.getName(),
                credentials.password(), credentials.code(), null, address));
        if (account.isEmpty()) {
            throw new FailedLoginException(REFUSED);
        }
        administrator = new AdministratorPrincipal(account.get().id(), account.get().username(), address);
        return true;
    }

    private String clientAddress() {
        return subject.getPrincipals(ClientPrincipal.class).stream().findFirst()
                .map(client -> RemoteShellCredentials.clientAddress(client.getAddress())).orElse("unknown");
    }

    @Override
    public boolean commit() {
        if (administrator == null) {
            return false;
        }
        added.add(administrator);
        added.add(new UserPrincipal(administrator.username()));
        KARAF_ROLES.forEach(role -> added.add(new RolePrincipal(role)));
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        administrator = null;
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        administrator = null;
        return true;
    }
}
