package org.cabinet.security.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.security.internal.users.UserAdministration;

/** {@code cabinet:admin-recover <username> [--second-factor]}: gives a locked-out administrator a way back in. */
@Service
@Command(scope = "cabinet", name = "admin-recover", description = "Gives an administrator a new one-time password "
        + "(and, with --second-factor, a new second-factor enrolment); audited.")
public final class AdminRecoverCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "the administrator's username")
    private String username;

    @Option(name = "--second-factor", description = "also forget the lost second factor: it is enrolled again at the next login")
    private boolean secondFactor;

    @Reference
    private UserAdministration users;

    @Override
    public Object execute() {
        String password = users.recoverAdministrator(username, secondFactor);
        System.out.println("New password for " + username + ": " + password);
        System.out.println("It is shown once: give it to the administrator, who logs in with it"
                + (secondFactor ? ", enrols a new second factor," : "") + " and then changes it.");
        return null;
    }
}
