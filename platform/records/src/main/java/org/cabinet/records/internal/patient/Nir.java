package org.cabinet.records.internal.patient;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A French social-security number (NIR), or a provisional one (NIA): 13 characters and a two-digit key,
 * {@code 97 - (the 13 digits mod 97)}, where Corsica's departments {@code 2A} and {@code 2B} count as 19 and 18.
 *
 * @param value the 15 characters, without spaces, upper case
 */
public record Nir(String value) {

    private static final Pattern SHAPE = Pattern.compile("[1-478]\\d{4}(\\d{2}|2A|2B)\\d{6}\\d{2}");

    /** OID of the INS when its matricule is a NIR */
    public static final String OID_NIR = "1.2.250.1.213.1.4.8";
    /** OID of the INS when its matricule is a provisional number (NIA) */
    public static final String OID_NIA = "1.2.250.1.213.1.4.9";

    /**
     * @param typed the number as typed: spaces, dots and dashes ignored, either case
     * @return the number, or why it is not one
     */
    public static Result parse(String typed) {
        String value = typed.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (value.length() != 15) {
            return Result.refused("length");
        }
        if (!SHAPE.matcher(value).matches()) {
            return Result.refused("shape");
        }
        int month = Integer.parseInt(value.substring(3, 5));
        if (month == 0 || month > 12 && month < 20 || month > 42 && month < 50) {
            return Result.refused("month");
        }
        if (key(value.substring(0, 13)) != Integer.parseInt(value.substring(13))) {
            return Result.refused("key");
        }
        return new Result(Optional.of(new Nir(value)), null);
    }

    /** @return the control key of the 13 first characters */
    public static int key(String body) {
        String digits = body.replace("2A", "19").replace("2B", "18");
        return 97 - (int) (Long.parseLong(digits) % 97);
    }

    /** @return whether this is a provisional number (NIA), which starts with 7 or 8 */
    public boolean provisional() {
        return value.charAt(0) == '7' || value.charAt(0) == '8';
    }

    /** @return the sex the number records: {@code M} for 1 or 3, {@code F} for 2 or 4, empty for a NIA */
    public Optional<String> sex() {
        return switch (value.charAt(0)) {
            case '1', '3' -> Optional.of("M");
            case '2', '4' -> Optional.of("F");
            default -> Optional.empty();
        };
    }

    /** @return the two last digits of the birth year */
    public int birthYear() {
        return Integer.parseInt(value.substring(1, 3));
    }

    /** @return the birth month, or empty when the civil record was incomplete (20 and more) */
    public Optional<Integer> birthMonth() {
        int month = Integer.parseInt(value.substring(3, 5));
        return month <= 12 ? Optional.of(month) : Optional.empty();
    }

    /** @return the OID of the INS whose matricule this is */
    public String oid() {
        return provisional() ? OID_NIA : OID_NIR;
    }

    /** @return the number as it is printed: {@code 2 55 08 14 168 025 38} */
    public String formatted() {
        return String.join(" ", value.substring(0, 1), value.substring(1, 3), value.substring(3, 5), value.substring(5, 7),
                value.substring(7, 10), value.substring(10, 13), value.substring(13));
    }

    /**
     * @param nir     the number, when it is one
     * @param refusal why not: {@code length}, {@code shape}, {@code month} or {@code key}
     */
    public record Result(Optional<Nir> nir, String refusal) {

        static Result refused(String why) {
            return new Result(Optional.empty(), why);
        }
    }
}
