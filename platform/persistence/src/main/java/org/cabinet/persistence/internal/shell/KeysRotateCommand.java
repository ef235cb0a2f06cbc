package org.cabinet.persistence.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.persistence.internal.sealed.SealedValues;

/** {@code cabinet:keys-rotate}: a new data key becomes primary; older values stay readable and are re-encrypted. */
@Service
@Command(scope = "cabinet", name = "keys-rotate", description = "Makes a new data key that seals every new value from now on, and re-encrypts stored values under it in the background.")
public final class KeysRotateCommand implements Action {

    @Reference
    private SealedValues values;

    @Override
    public Object execute() {
        String primary = values.rotate();
        System.out.println("New primary data key: " + primary + ". Stored values are being re-encrypted in the "
                + "background (cabinet:keys-list shows the progress); back up the keys folder now.");
        return null;
    }
}
