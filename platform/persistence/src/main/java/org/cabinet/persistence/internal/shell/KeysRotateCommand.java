package org.cabinet.persistence.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.persistence.internal.admin.KeyChanges;

/** {@code cabinet:keys-rotate}: a new data key becomes primary; older values stay readable and are re-encrypted. */
@Service
@Command(scope = "cabinet", name = "keys-rotate", description = "Makes a new data key that seals every new value from now on, and re-encrypts stored values under it in the background.")
public final class KeysRotateCommand implements Action {

    @Reference
    private KeyChanges keys;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        try {
            String primary = keys.rotate(ConsoleUser.of(session));
            System.out.println("New primary data key: " + primary + ". Stored values are being re-encrypted in the "
                    + "background (cabinet:keys-list shows the progress); back up the keys folder now.");
        } catch (AuditUnavailableException e) {
            System.err.println(e.getMessage());
        }
        return null;
    }
}
