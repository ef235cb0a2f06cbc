package org.cabinet.persistence.internal.shell;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.persistence.internal.KeyAdministration;
import org.cabinet.persistence.internal.sealed.SealedValues;

/** {@code cabinet:keys-list}: the data keys held, which one seals new values, and how many stored values each seals. */
@Service
@Command(scope = "cabinet", name = "keys-list", description = "Lists the data keys that encrypt health data at rest, with the number of stored values each one seals.")
public final class KeysListCommand implements Action {

    @Reference
    private KeyAdministration keys;

    @Reference
    private SealedValues values;

    @Override
    public Object execute() throws Exception {
        String primary = keys.primaryKeyId();
        for (Map.Entry<String, Long> count : values.valuesByKey().entrySet()) {
            if (count.getKey().equals(SealedValues.UNKNOWN_KEY)) {
                if (count.getValue() > 0) {
                    System.out.println(count.getValue() + " stored values are sealed under no key held here");
                }
            } else {
                System.out.println(count.getKey() + (count.getKey().equals(primary) ? "  (primary)" : "") + "  "
                        + count.getValue() + " values");
            }
        }
        return null;
    }
}
