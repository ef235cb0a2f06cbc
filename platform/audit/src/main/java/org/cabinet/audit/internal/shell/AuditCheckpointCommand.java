package org.cabinet.audit.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.audit.internal.verify.Checkpoints;

/** {@code cabinet:audit-checkpoint}: writes a signed checkpoint of the audit chain now. */
@Service
@Command(scope = "cabinet", name = "audit-checkpoint", description = "Writes a signed checkpoint of the audit chain now, outside the database.")
public final class AuditCheckpointCommand implements Action {

    @Reference
    private Checkpoints checkpoints;

    @Override
    public Object execute() throws Exception {
        System.out.println(checkpoints.write().map(written -> "Checkpoint at sequence " + written.sequence() + " in "
                + checkpoints.folder() + ".").orElse("No new event since the last checkpoint."));
        return null;
    }
}
