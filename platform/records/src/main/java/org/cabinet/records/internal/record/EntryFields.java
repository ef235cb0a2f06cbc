package org.cabinet.records.internal.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.cabinet.records.internal.guard.Conflicts;

/** The fields of each kind of record entry, and what each must hold. Refusals name the field. */
public sealed interface EntryFields {

    /** @throws org.cabinet.api.rest.ProblemException 400 naming the first field at fault */
    void check();

    /** @return whether the entry must belong to an encounter */
    default boolean needsEncounter() {
        return false;
    }

    /** A medical, surgical or family antecedent. */
    record Antecedent(String category, String description, LocalDate date) implements EntryFields {
        @Override
        public void check() {
            oneOf("category", category, Set.of("medical", "surgical", "family"));
            written("description", description, 2000, true);
        }
    }

    /** An allergy or an intolerance. */
    record Allergy(String substance, String type, String reaction, String severity) implements EntryFields {
        @Override
        public void check() {
            written("substance", substance, 200, true);
            oneOf("type", type, Set.of("allergy", "intolerance"));
            written("reaction", reaction, 1000, false);
            if (severity != null) {
                oneOf("severity", severity, Set.of("mild", "moderate", "severe"));
            }
        }
    }

    /** A problem or condition; {@code ald} when it is a long-term condition (ALD), fully covered. */
    record Problem(String label, String code, boolean ald, LocalDate since, String status) implements EntryFields {
        @Override
        public void check() {
            written("label", label, 500, true);
            if (code != null && !code.matches("[A-Z]\\d{2}(\\.\\d{1,2})?")) {
                throw Conflicts.invalid("code", "code is an ICD-10 code such as E11 or I10.9.",
                        "code est un code CIM-10 tel que E11 ou I10.9.");
            }
            if (status != null) {
                oneOf("status", status, Set.of("active", "resolved"));
            }
        }
    }

    /** A treatment the patient takes. */
    record Treatment(String drug, String dosage, LocalDate since, LocalDate until) implements EntryFields {
        @Override
        public void check() {
            written("drug", drug, 300, true);
            written("dosage", dosage, 1000, true);
            if (since != null && until != null && until.isBefore(since)) {
                throw Conflicts.invalid("until", "until comes after since.", "until vient après since.");
            }
        }
    }

    /** Vital signs taken at one time; the BMI is computed from weight and height. */
    record Vitals(Instant takenAt, Integer systolic, Integer diastolic, Integer pulse, BigDecimal weightKg,
            BigDecimal heightCm, BigDecimal temperatureC) implements EntryFields {
        @Override
        public void check() {
            if (systolic == null && diastolic == null && pulse == null && weightKg == null && heightCm == null
                    && temperatureC == null) {
                throw Conflicts.missing("systolic");
            }
            if ((systolic == null) != (diastolic == null)) {
                throw Conflicts.missing(systolic == null ? "systolic" : "diastolic");
            }
            range("systolic", systolic, 40, 300);
            range("diastolic", diastolic, 20, 200);
            if (systolic != null && diastolic >= systolic) {
                throw Conflicts.invalid("diastolic", "The diastolic pressure is below the systolic.",
                        "La pression diastolique est inférieure à la systolique.");
            }
            range("pulse", pulse, 20, 300);
            range("weightKg", weightKg, "0.3", "400");
            range("heightCm", heightCm, "20", "260");
            range("temperatureC", temperatureC, "30", "45");
        }

        /** @return the body-mass index, kg/m² to one decimal, when weight and height are known */
        public BigDecimal bmi() {
            if (weightKg == null || heightCm == null) {
                return null;
            }
            BigDecimal metres = heightCm.movePointLeft(2);
            return weightKg.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
        }
    }

    /** The free-text note of an encounter. */
    record Note(String text) implements EntryFields {
        @Override
        public void check() {
            written("text", text, 10_000, true);
        }

        @Override
        public boolean needsEncounter() {
            return true;
        }
    }

    private static void oneOf(String field, String value, Set<String> allowed) {
        if (value == null) {
            throw Conflicts.missing(field);
        }
        if (!allowed.contains(value)) {
            throw Conflicts.invalid(field, field + " is one of " + String.join(", ", allowed.stream().sorted().toList()) + ".",
                    field + " vaut " + String.join(", ", allowed.stream().sorted().toList()) + ".");
        }
    }

    private static void written(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw Conflicts.missing(field);
            }
            return;
        }
        if (value.length() > max) {
            throw Conflicts.invalid(field, field + " holds " + max + " characters at most.",
                    field + " compte " + max + " caractères au plus.");
        }
    }

    private static void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw outOfRange(field, Integer.toString(min), Integer.toString(max));
        }
    }

    private static void range(String field, BigDecimal value, String min, String max) {
        if (value != null && (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0)) {
            throw outOfRange(field, min, max);
        }
    }

    private static org.cabinet.api.rest.ProblemException outOfRange(String field, String min, String max) {
        return Conflicts.invalid(field, field + " lies between " + min + " and " + max + ".",
                field + " est compris entre " + min + " et " + max + ".");
    }
}
