package org.cabinet.security.internal.setup;

import java.util.List;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.Roles;
import org.cabinet.security.internal.Secrets;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.SetupStore;
import org.cabinet.security.internal.store.SetupStore.SetupState;
import org.cabinet.security.internal.store.UserAccount;
import org.cabinet.security.internal.store.UserStore;
import org.cabinet.security.internal.users.NewUser;
import org.cabinet.security.internal.users.UserAdministration;
import org.cabinet.security.internal.users.UserView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first administrator, without any default credential: while none exists, each start of Cabinet prints a
 * new one-time setup token on its console and in its log (only its hash is stored); whoever has it creates the
 * first administrator with it, once. Setup is then closed for good, on every node.
 */
@Component(service = FirstAdministratorSetup.class, immediate = true)
public final class FirstAdministratorSetup {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministratorSetup.class);
    private static final int TOKEN_BYTES = 24;

    private final SecurityDatabase database;
    private final UserAdministration users;
    private final AuditLog audit;

    @Activate
    public FirstAdministratorSetup(@Reference SecurityDatabase database, @Reference UserAdministration users,
            @Reference AuditLog audit) {
        this.database = database;
        this.users = users;
        this.audit = audit;
        String token = Secrets.token(TOKEN_BYTES);
        boolean open = database.sql().inTransaction(connection -> {
            SetupState state = SetupStore.lock(connection);
            if (state.closed()) {
                return false;
            }
            if (!UserStore.activeAdministrators(connection).isEmpty()) {
                SetupStore.close(connection);
                return false;
            }
            SetupStore.open(connection, Secrets.hash(token));
            return true;
        });
        if (open) {
            String message = "Cabinet has no administrator yet. Create the first one with this one-time setup token: "
                    + token + " (POST /api/setup, or cabinet:setup in this console). A restart makes a new token.";
            // WARN: someone has to act on it, and it must reach the log whatever its level
            LOG.warn(message);
            System.out.println(message);
        }
    }

    /** @return whether the first administrator may still be created */
    public boolean isOpen() {
        return database.sql().inTransaction(connection -> !SetupStore.lock(connection).closed());
    }

    /**
     * Creates the first administrator and closes setup for good.
     *
     * @throws ProblemException 403 for a wrong token, 410 once setup is closed, 400 for a refused field
     */
    public UserView createFirstAdministrator(String token, String username, String displayName, String password,
            String clientAddress) {
        if (!isOpen()) {
            throw closed();
        }
        UserAccount admin = users.validated(new NewUser(username, displayName, password, List.of(Roles.ADMIN)));
        database.sql().inTransaction(connection -> {
            SetupState state = SetupStore.lock(connection);
            if (state.closed()) {
                throw closed();
            }
            if (token == null || !Secrets.sameHash(Secrets.hash(token.strip()), state.tokenHash())) {
                audit.append(new AuditEvent("anonymous", "none", null, AuditAction.ACCESS_DENIED, "setup", null,
                        AuditOutcome.DENIED, AccessBasis.NOT_APPLICABLE, clientAddress));
                throw new ProblemException(403, "wrong-setup-token", "This is not the setup token Cabinet printed at its last start.",
                        "Ce n'est pas le jeton d'installation affiché au dernier démarrage de Cabinet.");
            }
            UserStore.insert(connection, admin);
            SetupStore.close(connection);
            audit.append(new AuditEvent(admin.id(), Roles.ADMIN, null, AuditAction.ADMIN_CHANGE, "setup", admin.id(),
                    AuditOutcome.SUCCESS, AccessBasis.NOT_APPLICABLE, clientAddress));
            return null;
        });
        LOG.info("Setup closed: the first administrator exists");
        return UserView.of(admin);
    }

    static ProblemException closed() {
        return new ProblemException(410, "setup-closed", "Setup is closed: Cabinet already has an administrator.",
                "L'installation est close : Cabinet a déjà un administrateur.");
    }
}
