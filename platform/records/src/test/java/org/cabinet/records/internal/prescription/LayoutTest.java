package org.cabinet.records.internal.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bizone layout: ALD lines in the upper zone, the rest in the lower one, each in the order written. */
class LayoutTest {

    private static PrescriptionLine line(String drug, Boolean ald) {
        return new PrescriptionLine(drug, null, "1/j", null, 30, null, null, null, null, ald);
    }

    @Test
    void anyAldLineMakesThePrescriptionBizone() {
        PrescriptionLine metformin = line("Metformine", true);
        PrescriptionLine paracetamol = line("Paracétamol", false);
        PrescriptionLine insulin = line("Insuline", true);
        PrescriptionLine cream = line("Crème", null);
        Layout layout = Layout.of(List.of(metformin, paracetamol, insulin, cream));
        assertThat(layout.name()).isEqualTo("bizone");
        assertThat(layout.upper()).containsExactly(metformin, insulin);
        assertThat(layout.lower()).containsExactly(paracetamol, cream);
    }

    @Test
    void withoutAldLinesEverythingIsInTheLowerZoneOfAStandardPrescription() {
        List<PrescriptionLine> lines = List.of(line("Paracétamol", false), line("Crème", null));
        Layout layout = Layout.of(lines);
        assertThat(layout.bizone()).isFalse();
        assertThat(layout.upper()).isEmpty();
        assertThat(layout.lower()).containsExactlyElementsOf(lines);
    }
}
