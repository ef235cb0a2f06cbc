package org.cabinet.records.internal.chart;

import java.util.List;

import org.cabinet.records.internal.encounter.EncounterView;
import org.cabinet.records.internal.patient.PatientView;
import org.cabinet.records.internal.record.EntryView;

/**
 * What a practitioner sees on opening a chart: the identity, the record in force, the latest vitals and the last
 * encounters.
 */
public record ChartView(PatientView patient, List<EntryView> antecedents, List<EntryView> allergies,
        List<EntryView> problems, List<EntryView> treatments, List<EntryView> vitals, List<EncounterView> encounters) {
}
