package org.cabinet.persistence.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.persistence.internal.KeyAdministration;

/** {@code cabinet:keys-rotate}: a new data key becomes primary; older values stay readable. */
@Service
@Command(scope = "cabinet", name = "keys-rotate", description = "Makes a new data key that seals every new value from now on.")
public final class KeysRotateCommand implements Action {

    @Reference
    private KeyAdministration keys;

    @Override
    public Object execute() {
        String primary = keys.rotate();
        System.out.println("New primary data key: " + primary
                + ". Values sealed under older keys stay readable; back up the keys folder now.");
        return null;
    }
}
