package org.cabinet.audit.internal.shell;

import java.io.IOException;
import java.sql.SQLException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.audit.internal.retention.AuditArchiver;

/** {@code cabinet:audit-archive}: archives now the audit events older than the retention. */
@Service
@Command(scope = "cabinet", name = "audit-archive", description = "Archives now the audit events older than the "
        + "retention (etc/org.cabinet.audit.cfg) into signed segments outside the database.")
public final class AuditArchiveCommand implements Action {

    @Reference
    private AuditArchiver archiver;

    @Override
    public Object execute() {
        try {
            System.out.println(archiver.archive().describe(archiver.folder()));
        } catch (SQLException | IOException | IllegalStateException e) {
            System.err.println("Archiving stopped: " + e.getMessage());
        }
        return null;
    }
}
