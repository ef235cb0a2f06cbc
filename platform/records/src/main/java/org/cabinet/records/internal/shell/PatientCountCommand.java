package org.cabinet.records.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cabinet.records.internal.patient.PatientService;

/** {@code cabinet:patient-count}: how many patients the practice has (merged duplicates not counted). */
@Service
@Command(scope = "cabinet", name = "patient-count", description = "Counts the practice's patients (records merged into another are not counted).")
public final class PatientCountCommand implements Action {

    @Reference
    private PatientService patients;

    @Override
    public Object execute() {
        System.out.println(patients.count() + " patients");
        return null;
    }
}
