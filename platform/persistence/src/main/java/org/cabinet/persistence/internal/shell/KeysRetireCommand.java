package org.cabinet.persistence.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.persistence.internal.admin.KeyChanges;

/** {@code cabinet:keys-retire <key id>}: removes an old data key once no stored value needs it. */
@Service
@Command(scope = "cabinet", name = "keys-retire", description = "Removes an old data key for good, once no stored value is sealed under it.")
public final class KeysRetireCommand implements Action {

    @Argument(index = 0, name = "key", description = "the id of the data key, as cabinet:keys-list shows it", required = true)
    private String keyId;

    @Reference
    private KeyChanges keys;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        try {
            keys.retire(ConsoleUser.of(session), keyId);
        } catch (IllegalStateException | IllegalArgumentException | AuditUnavailableException e) {
            System.err.println(e.getMessage());
            return null;
        }
        System.out.println("Data key " + keyId + " retired. Back up the keys folder now.");
        return null;
    }
}
