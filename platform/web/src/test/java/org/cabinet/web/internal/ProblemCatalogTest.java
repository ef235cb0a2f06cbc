package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProblemCatalogTest {

    @Test
    void knownStatusHasItsOwnTextInEachLanguage() {
        Problem fr = ProblemCatalog.problem(404, Locale.FRENCH, "/api/nope", null);
        Problem en = ProblemCatalog.problem(404, Locale.ENGLISH, "/api/nope", null);
        assertThat(fr.title()).isEqualTo("Introuvable");
        assertThat(en.title()).isEqualTo("Not found");
        assertThat(en.status()).isEqualTo(404);
        assertThat(en.instance()).isEqualTo("/api/nope");
        assertThat(en.type()).isEqualTo("about:blank");
    }

    @Test
    void unknownStatusFallsBackToItsClass() {
        assertThat(ProblemCatalog.problem(418, Locale.ENGLISH, "/", null).title()).isEqualTo("Request refused");
        assertThat(ProblemCatalog.problem(502, Locale.FRENCH, "/", "ref-1").title()).isEqualTo("Erreur interne");
    }

    @Test
    void serverErrorQuotesItsReference() {
        Problem problem = ProblemCatalog.problem(500, Locale.ENGLISH, "/api/x", "3f2c");
        assertThat(problem.detail()).contains("3f2c").doesNotContain("{0}");
    }

    @Test
    void everyEnglishTextHasAFrenchOne() {
        for (int status : new int[] { 400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 428, 429, 500, 503 }) {
            Problem fr = ProblemCatalog.problem(status, Locale.FRENCH, "/", "r");
            Problem en = ProblemCatalog.problem(status, Locale.ENGLISH, "/", "r");
            assertThat(fr.title()).as("title %s", status).isNotEqualTo(en.title()).doesNotStartWith("title.");
            assertThat(fr.detail()).as("detail %s", status).isNotEqualTo(en.detail()).doesNotStartWith("detail.");
        }
    }
}
