package org.cabinet.persistence.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.persistence.internal.admin.KeyChanges;

/** {@code cabinet:keys-reencrypt}: every stored value sealed under an older key, sealed again under the primary key now. */
@Service
@Command(scope = "cabinet", name = "keys-reencrypt", description = "Re-encrypts under the primary data key every stored value sealed under an older one, and waits until done.")
public final class KeysReencryptCommand implements Action {

    @Reference
    private KeyChanges keys;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        long resealed = 0;
        long unreadable = 0;
        try {
            for (var outcome : keys.reencrypt(ConsoleUser.of(session))) {
                resealed += outcome.resealed();
                unreadable += outcome.unreadable();
            }
        } catch (AuditUnavailableException e) {
            System.err.println(e.getMessage());
            return null;
        }
        System.out.println("Re-encrypted " + resealed + " values."
                + (unreadable > 0 ? " " + unreadable + " values could not be opened and were left as they are (see the log)." : ""));
        return null;
    }
}
