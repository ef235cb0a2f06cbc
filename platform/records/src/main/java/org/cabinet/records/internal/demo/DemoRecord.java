package org.cabinet.records.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.cabinet.records.internal.record.EntryFields;

/** A plausible medical record for a made-up patient: a few antecedents, problems, treatments, allergies, vitals. */
final class DemoRecord {

    private static final List<String[]> PROBLEMS = List.of(new String[] { "Hypertension artérielle", "I10" },
            new String[] { "Diabète de type 2", "E11" }, new String[] { "Asthme", "J45" },
            new String[] { "Hypothyroïdie", "E03" }, new String[] { "Lombalgie chronique", "M54" },
            new String[] { "Dépression", "F32" }, new String[] { "Hypercholestérolémie", "E78" });
    private static final List<String[]> TREATMENTS = List.of(new String[] { "Amlodipine 5 mg", "1 cp le matin" },
            new String[] { "Metformine 850 mg", "1 cp matin et soir" }, new String[] { "Lévothyrox 75 µg", "1 cp à jeun" },
            new String[] { "Salbutamol 100 µg", "2 bouffées si besoin" }, new String[] { "Atorvastatine 20 mg", "1 cp le soir" });
    private static final List<String> ALLERGENS = List.of("Pénicilline", "Aspirine", "Pollen de graminées", "Latex",
            "Arachide", "Iode");
    private static final List<String> ANTECEDENTS = List.of("Appendicectomie", "Fracture du poignet", "Cholécystectomie",
            "Amygdalectomie", "Césarienne");

    private DemoRecord() {
    }

    static List<EntryFields> entries(SplittableRandom random, LocalDate today) {
        List<EntryFields> entries = new ArrayList<>();
        entries.add(new EntryFields.Antecedent(random.nextInt(4) == 0 ? "family" : "surgical",
                pick(random, ANTECEDENTS), today.minusYears(random.nextInt(1, 40))));
        if (random.nextInt(3) == 0) {
            entries.add(new EntryFields.Allergy(pick(random, ALLERGENS), random.nextInt(4) == 0 ? "intolerance" : "allergy",
                    null, random.nextBoolean() ? "moderate" : "mild"));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            String[] problem = PROBLEMS.get(random.nextInt(PROBLEMS.size()));
            entries.add(new EntryFields.Problem(problem[0], problem[1], "E11".equals(problem[1]),
                    today.minusYears(random.nextInt(1, 20)), "active"));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            String[] treatment = TREATMENTS.get(random.nextInt(TREATMENTS.size()));
            entries.add(new EntryFields.Treatment(treatment[0], treatment[1], today.minusMonths(random.nextInt(1, 60)), null));
        }
        int systolic = random.nextInt(105, 165);
        entries.add(new EntryFields.Vitals(null, systolic, systolic - random.nextInt(35, 55), random.nextInt(55, 95),
                decimal(random.nextDouble(50, 105)), decimal(random.nextDouble(150, 195)), decimal(random.nextDouble(36.2, 37.8))));
        return entries;
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static String pick(SplittableRandom random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
