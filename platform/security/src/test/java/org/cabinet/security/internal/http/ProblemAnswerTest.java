package org.cabinet.security.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemAnswerTest {

    @Test
    void frenchUnlessEnglishComesFirst() {
        assertThat(ProblemAnswer.prefersEnglish(null)).isFalse();
        assertThat(ProblemAnswer.prefersEnglish("en")).isTrue();
        assertThat(ProblemAnswer.prefersEnglish("en-GB,en;q=0.9,fr;q=0.8")).isTrue();
        assertThat(ProblemAnswer.prefersEnglish("fr-FR,en;q=0.5")).isFalse();
        assertThat(ProblemAnswer.prefersEnglish("de, en;q=0.7")).isTrue();
        assertThat(ProblemAnswer.prefersEnglish("de")).isFalse();
    }
}
