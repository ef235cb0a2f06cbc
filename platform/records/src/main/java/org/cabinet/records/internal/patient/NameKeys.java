package org.cabinet.records.internal.patient;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as searches compare them: accents, case and punctuation ignored ({@code Lefèvre}, {@code LEFEVRE} and
 * {@code le-fèvre} differ only in spacing), ligatures spelt out ({@code Œ} as {@code OE}).
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Z0-9]+");

    private NameKeys() {
    }

    /** @return the search key of {@code name}: upper-case letters and digits, words separated by one space */
    public static String of(String name) {
        String spelt = name.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss");
        String bare = MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(bare.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** @return the key of the first of the first names ({@code "Marie-Hélène Claire"} gives {@code MARIE HELENE}) */
    public static String firstOf(String firstNames) {
        return of(firstNames.strip().split("\\s+", 2)[0]);
    }
}
