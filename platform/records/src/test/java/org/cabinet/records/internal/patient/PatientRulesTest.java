package org.cabinet.records.internal.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.cabinet.api.rest.ProblemException;
import org.junit.jupiter.api.Test;

class PatientRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void acceptsANirThatAgreesWithSexAndBirthDate() {
        assertThat(PatientRules.check(patient("F", LocalDate.of(1955, 8, 14), "2 55 08 14 168 025 38"), TODAY))
                .hasValueSatisfying(nir -> assertThat(nir.value()).isEqualTo("255081416802538"));
        assertThat(PatientRules.check(patient("U", LocalDate.of(1955, 8, 14), "2 55 08 14 168 025 38"), TODAY)).isPresent();
    }

    @Test
    void refusesANirThatContradictsTheOtherTraits() {
        assertField(patient("M", LocalDate.of(1955, 8, 14), "2 55 08 14 168 025 38"), "nir");
        assertField(patient("F", LocalDate.of(1956, 8, 14), "2 55 08 14 168 025 38"), "nir");
        assertField(patient("F", LocalDate.of(1955, 9, 14), "2 55 08 14 168 025 38"), "nir");
        assertField(patient("F", LocalDate.of(1955, 8, 14), "2 55 08 14 168 025 39"), "nir");
    }

    @Test
    void refusesMissingOrImpossibleTraits() {
        assertField(new PatientInput(null, null, "Anne", null, LocalDate.of(1990, 1, 1), "F", null, null, null, null), "birthName");
        assertField(new PatientInput("Durand", null, " ", null, LocalDate.of(1990, 1, 1), "F", null, null, null, null), "firstNames");
        assertField(new PatientInput("Durand", null, "Anne", null, TODAY.plusDays(1), "F", null, null, null, null), "birthDate");
        assertField(new PatientInput("Durand", null, "Anne", null, LocalDate.of(1990, 1, 1), "X", null, null, null, null), "sex");
        assertField(new PatientInput("Durand3", null, "Anne", null, LocalDate.of(1990, 1, 1), "F", null, null, null, null), "birthName");
        assertField(new PatientInput("Durand", null, "Anne", null, LocalDate.of(1990, 1, 1), "F", "2C001", null, null, null), "birthplaceInsee");
        assertField(new PatientInput("Durand", null, "Anne", null, LocalDate.of(1990, 1, 1), "F", null, null,
                new Contact(null, "not-an-address", null), null), "contact.email");
    }

    @Test
    void anIdentityStatusRestsOnWhatWasChecked() {
        assertThat(PatientRules.status(new IdentityStatusChange("VALI", List.of("identity-document")), false))
                .isEqualTo(IdentityStatus.VALI);
        assertThat(PatientRules.status(new IdentityStatusChange("QUAL", List.of("identity-document", "insi-result")), true))
                .isEqualTo(IdentityStatus.QUAL);
        assertThatThrownBy(() -> PatientRules.status(new IdentityStatusChange("QUAL", List.of("identity-document")), true))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PatientRules.status(new IdentityStatusChange("RECUP", List.of("insi-result")), false))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PatientRules.status(new IdentityStatusChange("SURE", List.of()), true))
                .isInstanceOf(ProblemException.class);
    }

    private static PatientInput patient(String sex, LocalDate born, String nir) {
        return new PatientInput("Lefèvre", null, "Hélène", null, born, sex, "14168", nir, null, null);
    }

    private static void assertField(PatientInput input, String field) {
        assertThatThrownBy(() -> PatientRules.check(input, TODAY)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.field()).isEqualTo(field));
    }
}
