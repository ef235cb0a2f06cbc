package org.cabinet.security.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cabinet.security.internal.setup.FirstAdministratorSetup;

/** {@code cabinet:setup <token> <username> <display name>}: creates the first administrator; the password is typed, unseen. */
@Service
@Command(scope = "cabinet", name = "setup", description = "Creates Cabinet's first administrator with the one-time setup token printed at start.")
public final class SetupCommand implements Action {

    @Argument(index = 0, name = "token", required = true, description = "the setup token Cabinet printed at its last start")
    private String token;

    @Argument(index = 1, name = "username", required = true, description = "the administrator's username")
    private String username;

    @Argument(index = 2, name = "displayName", required = true, description = "the administrator's name as people read it")
    private String displayName;

    @Reference
    private FirstAdministratorSetup setup;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        String password = session.readLine("Password (12 characters or more): ", '*');
        String again = session.readLine("Password again: ", '*');
        if (password == null || !password.equals(again)) {
            System.out.println("The two passwords differ: nothing was created.");
            return null;
        }
        setup.createFirstAdministrator(token, username, displayName, password, "local");
        System.out.println("Administrator " + username + " created. Log in, then enrol the second factor.");
        return null;
    }
}
