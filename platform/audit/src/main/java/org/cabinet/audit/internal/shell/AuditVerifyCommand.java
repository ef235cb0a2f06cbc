package org.cabinet.audit.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.audit.internal.verify.ChainVerifier;

/** {@code cabinet:audit-verify}: walks the audit chain and its checkpoints, and names the first broken entry. */
@Service
@Command(scope = "cabinet", name = "audit-verify", description = "Checks the audit log's hash chain and its signed checkpoints.")
public final class AuditVerifyCommand implements Action {

    @Reference
    private ChainVerifier verifier;

    @Override
    public Object execute() throws Exception {
        System.out.println(verifier.verify().describe());
        return null;
    }
}
