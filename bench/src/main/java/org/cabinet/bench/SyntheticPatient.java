package org.cabinet.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A made-up patient: a common surname, a birth date, a well-formed NIR (its key computed as in
 * {@code 2 55 08 14 168 025 38}) and a short clinical-style note. No real person's data.
 */
record SyntheticPatient(String familyName, LocalDate birthDate, String nir, String note) {

    private static final List<String> FAMILY_NAMES = List.of("MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT",
            "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY");
    private static final List<String> NOTES = List.of(
            "Consultation de suivi : tension 12/8, poids stable, traitement renouvelé pour trois mois. Réf. %05d",
            "Certificat de non contre-indication au sport remis ; vaccins à jour selon le carnet. Réf. %05d",
            "Toux sèche depuis cinq jours, sans fièvre ; auscultation normale, revoir si persistance. Réf. %05d",
            "Bilan sanguin prescrit avant la prochaine visite ; pas de modification du traitement. Réf. %05d");

    static SyntheticPatient random(Random random) {
        int sex = 1 + random.nextInt(2);
        int year = 1930 + random.nextInt(90);
        int month = 1 + random.nextInt(12);
        int department = 1 + random.nextInt(95);
        if (department == 20) {
            department = 21; // Corsica's 2A/2B are not digits
        }
        String digits = String.format("%d%02d%02d%02d%03d%03d", sex, year % 100, month, department,
                1 + random.nextInt(999), 1 + random.nextInt(999));
        String nir = digits + String.format("%02d", 97 - Long.parseLong(digits) % 97);
        return new SyntheticPatient(FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size())),
                LocalDate.of(year, month, 1 + random.nextInt(28)), nir,
                String.format(NOTES.get(random.nextInt(NOTES.size())), random.nextInt(100_000)));
    }
}
