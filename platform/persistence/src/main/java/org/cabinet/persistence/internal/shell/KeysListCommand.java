package org.cabinet.persistence.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.persistence.internal.KeyAdministration;

/** {@code cabinet:keys-list}: the data keys held, and which one seals new values. */
@Service
@Command(scope = "cabinet", name = "keys-list", description = "Lists the data keys that encrypt health data at rest.")
public final class KeysListCommand implements Action {

    @Reference
    private KeyAdministration keys;

    @Override
    public Object execute() {
        String primary = keys.primaryKeyId();
        keys.dataKeyIds().forEach(id -> System.out.println(id + (id.equals(primary) ? "  (primary)" : "")));
        return null;
    }
}
