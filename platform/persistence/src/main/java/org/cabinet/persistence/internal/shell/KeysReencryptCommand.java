package org.cabinet.persistence.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.persistence.internal.sealed.SealedValues;

/** {@code cabinet:keys-reencrypt}: every stored value sealed under an older key, sealed again under the primary key now. */
@Service
@Command(scope = "cabinet", name = "keys-reencrypt", description = "Re-encrypts under the primary data key every stored value sealed under an older one, and waits until done.")
public final class KeysReencryptCommand implements Action {

    @Reference
    private SealedValues values;

    @Override
    public Object execute() throws Exception {
        long resealed = 0;
        long unreadable = 0;
        for (var outcome : values.reencrypt()) {
            resealed += outcome.resealed();
            unreadable += outcome.unreadable();
        }
        System.out.println("Re-encrypted " + resealed + " values."
                + (unreadable > 0 ? " " + unreadable + " values could not be opened and were left as they are (see the log)." : ""));
        return null;
    }
}
