package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProblemLanguageTest {

    @Test
    void frenchWhenTheClientSaysNothing() {
        assertThat(ProblemLanguage.choose(List.of())).isEqualTo(Locale.FRENCH);
    }

    @Test
    void firstSupportedLanguageWins() {
        assertThat(ProblemLanguage.choose(List.of(Locale.GERMAN, Locale.UK, Locale.FRANCE))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemLanguage.choose(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void frenchWhenNoLanguageIsSupported() {
        assertThat(ProblemLanguage.choose(List.of(Locale.GERMAN, Locale.ITALIAN))).isEqualTo(Locale.FRENCH);
    }
}
