package org.cabinet.records.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.cabinet.api.rest.ProblemException;
import org.cabinet.records.internal.record.EntryFields;
import org.cabinet.records.internal.record.EntryKind;
import org.junit.jupiter.api.Test;

class EntryFieldsTest {

    @Test
    void computesTheBodyMassIndexToOneDecimal() {
        assertThat(vitals(null, null, new BigDecimal("70"), new BigDecimal("175")).bmi()).isEqualByComparingTo("22.9");
        assertThat(vitals(null, null, new BigDecimal("92.4"), new BigDecimal("168")).bmi()).isEqualByComparingTo("32.7");
        assertThat(vitals(120, 80, null, new BigDecimal("168")).bmi()).isNull();
    }

    @Test
    void refusesVitalsThatCannotBeNamingTheField() {
        assertRefused(vitals(null, null, null, null), "invalid-systolic");
        assertRefused(vitals(120, null, null, null), "invalid-diastolic");
        assertRefused(vitals(80, 120, null, null), "invalid-diastolic");
        assertRefused(vitals(120, 80, new BigDecimal("500"), null), "invalid-weightKg");
        vitals(120, 80, new BigDecimal("3.2"), new BigDecimal("50")).check();
    }

    @Test
    void refusesEntriesWithoutWhatTheyAreAbout() {
        assertRefused(new EntryFields.Allergy(null, "allergy", null, null), "invalid-substance");
        assertRefused(new EntryFields.Allergy("Latex", "dislike", null, null), "invalid-type");
        assertRefused(new EntryFields.Problem("Diabète", "diabetes", true, null, null), "invalid-code");
        assertRefused(new EntryFields.Antecedent("medical", " ", null), "invalid-description");
        assertRefused(new EntryFields.Note("x".repeat(10_001)), "invalid-text");
        new EntryFields.Problem("Diabète de type 2", "E11", true, null, "active").check();
    }

    @Test
    void notesBelongToAnEncounterAndKindsAreNamedByTheirFields() {
        assertThat(new EntryFields.Note("texte").needsEncounter()).isTrue();
        assertThat(new EntryFields.Allergy("Latex", "allergy", null, null).needsEncounter()).isFalse();
        assertThat(EntryKind.of(new EntryFields.Note("texte"))).isEqualTo(EntryKind.NOTE);
        assertThat(EntryKind.ofSegment("allergies")).contains(EntryKind.ALLERGY);
        assertThat(EntryKind.ofSegment("allergy")).isEmpty();
    }

    private static EntryFields.Vitals vitals(Integer systolic, Integer diastolic, BigDecimal weight, BigDecimal height) {
        return new EntryFields.Vitals(null, systolic, diastolic, null, weight, height, null);
    }

    private static void assertRefused(EntryFields fields, String reason) {
        assertThatThrownBy(fields::check).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.reason()).isEqualTo(reason));
    }
}
