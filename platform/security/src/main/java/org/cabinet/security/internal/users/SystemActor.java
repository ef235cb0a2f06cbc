package org.cabinet.security.internal.users;

import java.util.Set;

import org.cabinet.api.security.Caller;

/** Who Cabinet's own decisions (an alert's freeze, disabling an idle account) and the local console are audited as. */
public final class SystemActor {

    /** Cabinet itself */
    public static final Caller SYSTEM = new Caller("system", "system", Set.of("system"), "local");
    /** the local administration console */
    public static final Caller CONSOLE = new Caller("console", "console", Set.of("console"), "local");

    private SystemActor() {
    }
}
