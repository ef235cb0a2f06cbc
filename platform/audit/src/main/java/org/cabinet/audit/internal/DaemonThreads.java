package org.cabinet.audit.internal;

import java.util.concurrent.ThreadFactory;

/** Threads of the audit log's own work, named for thread dumps; daemons, so that they never hold the JVM up. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
