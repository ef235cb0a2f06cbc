package org.cabinet.records.internal.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.cabinet.records.internal.patient.Nir;

/**
 * One made-up person: names, sex, birth date and place, and a NIR whose every part agrees with them and whose key
 * is right.
 */
record DemoIdentity(String birthName, String usedName, String firstNames, LocalDate birthDate, String sex,
        String birthplace, String nir) {

    static DemoIdentity next(SplittableRandom random, LocalDate today) {
        boolean woman = random.nextBoolean();
        String sex = woman ? "F" : "M";
        String birthName = pick(random, FrenchNames.FAMILY);
        String usedName = woman && random.nextInt(3) == 0 ? pick(random, FrenchNames.FAMILY) : null;
        var firsts = woman ? FrenchNames.WOMEN : FrenchNames.MEN;
        String firstNames = random.nextInt(2) == 0 ? pick(random, firsts) : pick(random, firsts) + " " + pick(random, firsts);
        LocalDate born = today.minusDays(random.nextInt(1, 95 * 365));
        String place = pick(random, FrenchNames.BIRTHPLACES);
        // the NIR's characters 6 to 10 are the birthplace's INSEE code, department then commune
        String body = (woman ? "2" : "1") + String.format("%02d%02d", born.getYear() % 100, born.getMonthValue())
                + place + String.format("%03d", random.nextInt(1, 1000));
        String nir = body + String.format("%02d", Nir.key(body));
        return new DemoIdentity(birthName, usedName, firstNames, born, sex, place, nir);
    }

    private static String pick(SplittableRandom random, java.util.List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
