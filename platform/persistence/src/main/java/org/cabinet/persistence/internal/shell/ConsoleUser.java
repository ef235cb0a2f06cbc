package org.cabinet.persistence.internal.shell;

import org.apache.karaf.shell.api.console.Session;

/** Who typed a command at the console, as the audit log names an actor. */
final class ConsoleUser {

    private static final String UNKNOWN = "console";

    private ConsoleUser() {
    }

    /** @return the shell's user name, or {@value #UNKNOWN} when the session has none fit for the audit log */
    static String of(Session session) {
        Object user = session == null ? null : session.get("USER");
        return user instanceof String name && name.matches("[\\p{Alnum}._:@/\\-]{1,128}") ? name : UNKNOWN;
    }
}
