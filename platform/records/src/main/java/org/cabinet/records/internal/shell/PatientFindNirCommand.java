package org.cabinet.records.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.records.internal.patient.PatientService;
import org.cabinet.records.internal.patient.PatientSummary;

/** {@code cabinet:patient-find-nir}: which record holds a NIR, for support; every look-up is audited. */
@Service
@Command(scope = "cabinet", name = "patient-find-nir", description = "Finds the patient record that holds a NIR, for support. The look-up is recorded in the audit log under your name.")
public final class PatientFindNirCommand implements Action {

    @Argument(index = 0, name = "nir", description = "the NIR with its key; quote it if it holds spaces", required = true)
    private String nir;

    @Reference
    private PatientService patients;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        try {
            var found = patients.findByNirAtConsole(nir, ConsoleActor.of(session));
            if (found.isEmpty()) {
                System.out.println("No patient holds this NIR.");
            }
            for (PatientSummary patient : found) {
                System.out.println(patient.id() + "  " + patient.birthName() + " " + patient.firstNames() + "  born "
                        + patient.birthDate() + "  identity " + patient.identityStatus());
            }
        } catch (ProblemException | AuditUnavailableException refused) {
            System.err.println(refused.getMessage());
        }
        return null;
    }
}
