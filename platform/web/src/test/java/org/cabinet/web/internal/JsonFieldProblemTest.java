package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cabinet.api.rest.ProblemException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class JsonFieldProblemTest {

    record Line(String drug, int dosage) {
    }

    record Prescription(LocalDate birthDate, List<Line> lines) {
    }

    record Checked(String nir) {
        Checked {
            if (nir.length() != 15) {
                throw ProblemException.invalidField("nir", "A NIR has 15 digits.", "Un NIR a 15 chiffres.");
            }
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void aBadDateNamesItsFieldButNotItsValue() {
        ProblemException problem = problemOf("{\"birthDate\":\"1984-13-45\"}", Prescription.class);
        assertThat(problem.field()).isEqualTo("birthDate");
        assertThat(problem.reason()).isEqualTo("invalid-birthDate");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail(Locale.ENGLISH)).contains("birthDate").doesNotContain("1984");
        assertThat(problem.detail(Locale.FRENCH)).startsWith("Le champ birthDate").doesNotContain("1984");
    }

    @Test
    void aWrongTypeInsideAListIsNamedByItsPath() {
        ProblemException problem = problemOf("{\"lines\":[{\"drug\":\"x\",\"dosage\":1},{\"dosage\":\"twice a day\"}]}",
                Prescription.class);
        assertThat(problem.field()).isEqualTo("lines[1].dosage");
        assertThat(problem.reason()).isEqualTo("invalid-lines.dosage");
        assertThat(problem.detail(Locale.ENGLISH)).doesNotContain("twice");
    }

    @Test
    void anUnknownPropertyIsNamedWithItsOwnReason() {
        ProblemException problem = problemOf("{\"lines\":[{\"drug\":\"x\",\"dosgae\":1}]}", Prescription.class);
        assertThat(problem.field()).isEqualTo("lines[0].dosgae");
        assertThat(problem.reason()).isEqualTo(JsonFieldProblem.UNKNOWN_FIELD);
        assertThat(problem.detail(Locale.FRENCH)).contains("lines[0].dosgae");
    }

    @Test
    void aTypeThatRefusesItselfKeepsItsOwnProblem() {
        ProblemException problem = problemOf("{\"nir\":\"123\"}", Checked.class);
        assertThat(problem.reason()).isEqualTo("invalid-nir");
        assertThat(problem.detail(Locale.ENGLISH)).isEqualTo("A NIR has 15 digits.");
    }

    @Test
    void aBodyWrongAsAWholeNamesNoField() {
        JsonMappingException failure = catchThrowableOfType(JsonMappingException.class,
                () -> JSON.readValue("[1, 2]", Prescription.class));
        assertThat(JsonFieldProblem.of(failure)).isEmpty();
    }

    @Test
    void aTypeJacksonCannotHandleIsNotTheClientsFault() {
        InvalidDefinitionException failure = InvalidDefinitionException.from((com.fasterxml.jackson.core.JsonParser) null,
                "no creator", TypeFactory.defaultInstance().constructType(Line.class));
        failure.prependPath(new JsonMappingException.Reference(null, "lines"));
        assertThat(JsonFieldProblem.of(failure)).isEmpty();
    }

    @Test
    void aVeryLongFieldNameIsCut() {
        String name = "x".repeat(500);
        ProblemException problem = problemOf("{\"" + name + "\":1}", Line.class);
        assertThat(problem.field()).hasSizeLessThan(130).startsWith("xxx");
    }

    private static ProblemException problemOf(String json, Class<?> type) {
        JsonMappingException failure = catchThrowableOfType(JsonMappingException.class, () -> JSON.readValue(json, type));
        assertThat(failure).as("Jackson refuses %s", json).isNotNull();
        return JsonFieldProblem.of(failure).orElseThrow();
    }
}
