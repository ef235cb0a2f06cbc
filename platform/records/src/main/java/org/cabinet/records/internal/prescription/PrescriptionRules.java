package org.cabinet.records.internal.prescription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cabinet.records.internal.guard.Conflicts;

/**
 * The content rules of a prescription (CSP R5132-3), checked before anything is written; a refusal is a 400 that
 * names the first field at fault ({@code lines[0].dosage}, {@code lines[1].nonSubstitutionReason}, ...).
 */
public final class PrescriptionRules {

    /** the patient's weight is required below this age in years (children's doses depend on it) */
    public static final int WEIGHT_BELOW_AGE = 16;
    /** the reasons a line may be marked non-substitutable */
    public static final Set<String> NON_SUBSTITUTION_REASONS = Set.of("MTE", "EFG", "CIF");
    static final int MAX_LINES = 30;
    static final int MAX_RENEWALS = 11;
    static final int MAX_DURATION_DAYS = 366;
    static final int MAX_BOXES = 99;

    private PrescriptionRules() {
    }

    /**
     * @param birthDate the patient's birth date
     * @param on        the date of issue
     * @return the lines, their texts stripped
     * @throws org.cabinet.api.rest.ProblemException 400 naming the first field at fault
     */
    public static List<PrescriptionLine> check(List<PrescriptionLine> lines, BigDecimal weightKg, Integer heightCm,
            LocalDate birthDate, LocalDate on) {
        if (weightKg != null && (weightKg.compareTo(new BigDecimal("0.3")) < 0
                || weightKg.compareTo(new BigDecimal("400")) > 0 || weightKg.stripTrailingZeros().scale() > 3)) {
            throw Conflicts.invalid("weightKg", "A weight is between 0.3 and 400 kg.",
                    "Un poids est compris entre 0,3 et 400 kg.");
        }
        if (weightKg == null && Period.between(birthDate, on).getYears() < WEIGHT_BELOW_AGE) {
            throw Conflicts.invalid("weightKg", "A prescription for a patient under " + WEIGHT_BELOW_AGE
                    + " carries the patient's weight.", "Une ordonnance pour un patient de moins de "
                    + WEIGHT_BELOW_AGE + " ans porte son poids.");
        }
        if (heightCm != null && (heightCm < 20 || heightCm > 260)) {
            throw Conflicts.invalid("heightCm", "A height is between 20 and 260 cm.",
                    "Une taille est comprise entre 20 et 260 cm.");
        }
        if (lines == null || lines.isEmpty()) {
            throw Conflicts.invalid("lines", "A prescription has at least one line.",
                    "Une ordonnance compte au moins une ligne.");
        }
        if (lines.size() > MAX_LINES) {
            throw Conflicts.invalid("lines", "A prescription has at most " + MAX_LINES + " lines.",
                    "Une ordonnance compte au plus " + MAX_LINES + " lignes.");
        }
        List<PrescriptionLine> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            checked.add(line(lines.get(i), "lines[" + i + "]."));
        }
        return List.copyOf(checked);
    }

    private static PrescriptionLine line(PrescriptionLine line, String at) {
        if (line == null) {
            throw Conflicts.missing(at + "drug");
        }
        String drug = text(line.drug(), at + "drug", 200);
        String dci = text(line.dci(), at + "dci", 200);
        if (drug == null && dci == null) {
            throw Conflicts.invalid(at + "drug", "Each line names the drug, by its name or its DCI.",
                    "Chaque ligne nomme le médicament, par son nom ou sa DCI.");
        }
        String dosage = text(line.dosage(), at + "dosage", 500);
        if (dosage == null) {
            throw Conflicts.missing(at + "dosage");
        }
        String instructions = text(line.instructions(), at + "instructions", 1000);
        if (line.durationDays() == null && line.boxes() == null) {
            throw Conflicts.invalid(at + "durationDays", "Each line gives a duration, or a number of boxes.",
                    "Chaque ligne donne une durée, ou un nombre de boîtes.");
        }
        if (line.durationDays() != null && (line.durationDays() < 1 || line.durationDays() > MAX_DURATION_DAYS)) {
            throw Conflicts.invalid(at + "durationDays", "A duration is 1 to " + MAX_DURATION_DAYS + " days.",
                    "Une durée compte 1 à " + MAX_DURATION_DAYS + " jours.");
        }
        if (line.boxes() != null && (line.boxes() < 1 || line.boxes() > MAX_BOXES)) {
            throw Conflicts.invalid(at + "boxes", "A line asks for 1 to " + MAX_BOXES + " boxes.",
                    "Une ligne demande 1 à " + MAX_BOXES + " boîtes.");
        }
        if (line.renewals() != null && (line.renewals() < 0 || line.renewals() > MAX_RENEWALS)) {
            throw Conflicts.invalid(at + "renewals", "A line is renewed 0 to " + MAX_RENEWALS + " times.",
                    "Une ligne est renouvelée 0 à " + MAX_RENEWALS + " fois.");
        }
        boolean nonSubstitutable = Boolean.TRUE.equals(line.nonSubstitutable());
        String reason = line.nonSubstitutionReason() == null || line.nonSubstitutionReason().isBlank() ? null
                : line.nonSubstitutionReason().strip();
        if (nonSubstitutable && (reason == null || !NON_SUBSTITUTION_REASONS.contains(reason))) {
            throw Conflicts.invalid(at + "nonSubstitutionReason",
                    "A non-substitutable line carries its reason: MTE, EFG or CIF.",
                    "Une ligne non substituable porte son motif : MTE, EFG ou CIF.");
        }
        if (!nonSubstitutable && reason != null) {
            throw Conflicts.invalid(at + "nonSubstitutionReason",
                    "A reason for non-substitution goes with nonSubstitutable: true only.",
                    "Un motif de non-substitution ne va qu'avec nonSubstitutable : true.");
        }
        return new PrescriptionLine(drug, dci, dosage, instructions, line.durationDays(), line.boxes(),
                line.renewals() == null ? 0 : line.renewals(), nonSubstitutable, reason, line.forAld());
    }

    private static String text(String value, String field, int max) {
        return Conflicts.optionalText(value, field, max);
    }
}
