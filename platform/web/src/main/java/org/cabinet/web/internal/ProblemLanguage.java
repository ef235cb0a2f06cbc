package org.cabinet.web.internal;

import java.util.List;
import java.util.Locale;

/** Chooses the language of an error answer from the client's {@code Accept-Language}: French first. */
final class ProblemLanguage {

    static final Locale DEFAULT = Locale.FRENCH;
    private static final List<String> SUPPORTED = List.of("fr", "en");

    private ProblemLanguage() {
    }

    /**
     * @param acceptable the client's languages, most preferred first (as JAX-RS gives them)
     * @return French or English: the first of {@code acceptable} that Cabinet speaks, else French
     */
    static Locale choose(List<Locale> acceptable) {
        return acceptable.stream()
                .map(Locale::getLanguage)
                .filter(SUPPORTED::contains)
                .findFirst()
                .map(Locale::new)
                .orElse(DEFAULT);
    }
}
