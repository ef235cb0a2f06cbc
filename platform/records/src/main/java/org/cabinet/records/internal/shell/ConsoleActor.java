package org.cabinet.records.internal.shell;

import org.apache.karaf.shell.api.console.Session;

/** Who typed a command, as the audit log names an actor ({@code console} when the session names no one fit). */
final class ConsoleActor {

    private ConsoleActor() {
    }

    static String of(Session session) {
        Object user = session == null ? null : session.get("USER");
        return user instanceof String name && name.matches("[\\p{Alnum}._:@/\\-]{1,100}") ? "console:" + name : "console";
    }
}
