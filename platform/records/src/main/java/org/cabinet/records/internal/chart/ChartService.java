package org.cabinet.records.internal.chart;

import java.util.List;

import org.cabinet.records.internal.encounter.EncounterService;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.patient.PatientService;
import org.cabinet.records.internal.record.EntryKind;
import org.cabinet.records.internal.record.EntryView;
import org.cabinet.records.internal.record.RecordService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Opens a chart in one read, one audit event: identity, record in force, last vitals, last encounters. */
@Component(service = ChartService.class)
public final class ChartService {

    /** how many encounters a chart shows; older ones are paged through {@code /encounters} */
    static final int ENCOUNTERS = 50;
    /** how many sets of vitals a chart shows */
    static final int VITALS = 10;

    private final ClinicalStore store;
    private final PatientService patients;
    private final RecordService record;
    private final EncounterService encounters;

    @Activate
    public ChartService(@Reference ClinicalStore store, @Reference PatientService patients,
            @Reference RecordService record, @Reference EncounterService encounters) {
        this.store = store;
        this.patients = patients;
        this.record = record;
        this.encounters = encounters;
    }

    public ChartView open(String patientId) {
        return store.read(Target.clinical(patientId, "chart", patientId), em -> {
            var patient = patients.view(PatientService.activePatient(em, patientId));
            List<EntryView> entries = record.current(em, patientId, List.of(EntryKind.ANTECEDENT, EntryKind.ALLERGY,
                    EntryKind.PROBLEM, EntryKind.TREATMENT, EntryKind.VITALS));
            return new ChartView(patient, of(entries, EntryKind.ANTECEDENT), of(entries, EntryKind.ALLERGY),
                    of(entries, EntryKind.PROBLEM), of(entries, EntryKind.TREATMENT),
                    of(entries, EntryKind.VITALS).stream().limit(VITALS).toList(),
                    encounters.latest(em, patientId, ENCOUNTERS));
        });
    }

    private static List<EntryView> of(List<EntryView> entries, EntryKind kind) {
        return entries.stream().filter(entry -> entry.kind().equals(kind.id())).toList();
    }
}
