package org.cabinet.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cabinet.records.internal.patient.NameKeys;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void ignoresAccentsCaseAndPunctuation() {
        assertThat(NameKeys.of("Lefèvre")).isEqualTo("LEFEVRE");
        assertThat(NameKeys.of("  le-FÈVRE ")).isEqualTo("LE FEVRE");
        assertThat(NameKeys.of("N'Diaye")).isEqualTo("N DIAYE");
        assertThat(NameKeys.of("Cœurdevey")).isEqualTo("COEURDEVEY");
        assertThat(NameKeys.of("Ñúñez Çelik")).isEqualTo("NUNEZ CELIK");
    }

    @Test
    void takesTheFirstOfTheFirstNames() {
        assertThat(NameKeys.firstOf("Marie-Hélène Claire")).isEqualTo("MARIE HELENE");
        assertThat(NameKeys.firstOf("Zoé")).isEqualTo("ZOE");
    }
}
