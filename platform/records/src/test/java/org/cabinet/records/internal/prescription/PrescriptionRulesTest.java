package org.cabinet.records.internal.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cabinet.api.rest.ProblemException;
import org.junit.jupiter.api.Test;

/** CSP R5132-3: each mandatory field of a prescription, missing, is refused with the field named. */
class PrescriptionRulesTest {

    private static final LocalDate ADULT = LocalDate.of(1970, 5, 4);
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

    static PrescriptionLine line() {
        return new PrescriptionLine("Amoxicilline 1 g", null, "1 comprimé matin et soir", null, 7, null, null, null,
                null, null);
    }

    @Test
    void acceptsAWellFormedLineAndCountsNoRenewalWhenNoneIsGiven() {
        List<PrescriptionLine> checked = PrescriptionRules.check(List.of(line()), null, null, ADULT, TODAY);
        assertThat(checked.get(0).renewals()).isZero();
        assertThat(checked.get(0).nonSubstitutable()).isFalse();
    }

    @Test
    void needsAtLeastOneLine() {
        refused(List.of(), null, ADULT, "lines");
        refused(null, null, ADULT, "lines");
    }

    @Test
    void needsTheDrugByNameOrDci() {
        PrescriptionLine noDrug = new PrescriptionLine(" ", null, "1 g", null, 7, null, null, null, null, null);
        refused(List.of(line(), noDrug), null, ADULT, "lines[1].drug");
        PrescriptionLine byDci = new PrescriptionLine(null, "amoxicilline", "1 g", null, 7, null, null, null, null,
                null);
        assertThat(PrescriptionRules.check(List.of(byDci), null, null, ADULT, TODAY)).hasSize(1);
    }

    @Test
    void needsTheDosage() {
        refused(List.of(new PrescriptionLine("Doliprane", null, null, null, 7, null, null, null, null, null)), null,
                ADULT, "lines[0].dosage");
    }

    @Test
    void needsADurationOrANumberOfBoxes() {
        refused(List.of(new PrescriptionLine("Doliprane", null, "1 g", null, null, null, 2, null, null, null)), null,
                ADULT, "lines[0].durationDays");
        assertThat(PrescriptionRules.check(List.of(new PrescriptionLine("Doliprane", null, "1 g", null, null, 2, 3,
                null, null, null)), null, null, ADULT, TODAY)).hasSize(1);
        refused(List.of(new PrescriptionLine("Doliprane", null, "1 g", null, null, 0, null, null, null, null)), null,
                ADULT, "lines[0].boxes");
        refused(List.of(new PrescriptionLine("Doliprane", null, "1 g", null, 7, null, 12, null, null, null)), null,
                ADULT, "lines[0].renewals");
    }

    @Test
    void aNonSubstitutableLineCarriesMteEfgOrCif() {
        refused(List.of(line(), new PrescriptionLine("Levothyrox", null, "1/j", null, 30, null, null, true, null,
                null)), null, ADULT, "lines[1].nonSubstitutionReason");
        refused(List.of(new PrescriptionLine("Levothyrox", null, "1/j", null, 30, null, null, true, "XYZ", null)),
                null, ADULT, "lines[0].nonSubstitutionReason");
        refused(List.of(new PrescriptionLine("Levothyrox", null, "1/j", null, 30, null, null, false, "MTE", null)),
                null, ADULT, "lines[0].nonSubstitutionReason");
        for (String reason : List.of("MTE", "EFG", "CIF")) {
            assertThat(PrescriptionRules.check(List.of(new PrescriptionLine("Levothyrox", null, "1/j", null, 30, null,
                    null, true, reason, null)), null, null, ADULT, TODAY).get(0).nonSubstitutionReason())
                    .isEqualTo(reason);
        }
    }

    @Test
    void aChildsPrescriptionCarriesTheWeight() {
        LocalDate fifteen = TODAY.minusYears(16).plusDays(1);
        refused(List.of(line()), null, fifteen, "weightKg");
        assertThat(PrescriptionRules.check(List.of(line()), new BigDecimal("48.5"), null, fifteen, TODAY)).hasSize(1);
        assertThat(PrescriptionRules.check(List.of(line()), null, null, TODAY.minusYears(16), TODAY)).hasSize(1);
        refused(List.of(line()), new BigDecimal("0"), ADULT, "weightKg");
    }

    private static void refused(List<PrescriptionLine> lines, BigDecimal weight, LocalDate birthDate, String field) {
        assertThatThrownBy(() -> PrescriptionRules.check(lines, weight, null, birthDate, TODAY))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.field()).isEqualTo(field);
                });
    }
}
