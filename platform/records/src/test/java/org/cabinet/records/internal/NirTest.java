package org.cabinet.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cabinet.records.internal.patient.Nir;
import org.junit.jupiter.api.Test;

/** The vectors of DOMAIN.md, "Patient identity". */
class NirTest {

    @Test
    void computesTheKeyOfTheThirteenDigits() {
        assertThat(Nir.key("2550814168025")).isEqualTo(38);
        assertThat(Nir.key("2951099126111")).isEqualTo(93);
    }

    @Test
    void countsCorsicaAsNineteenAndEighteen() {
        assertThat(Nir.key("253072A073004")).isEqualTo(43);
        assertThat(Nir.key("253072B073004")).isEqualTo(70);
        assertThat(Nir.parse("2 53 07 2A 073 004 43").nir()).isPresent();
        assertThat(Nir.parse("2 53 07 2b 073 004 70").nir()).isPresent();
        assertThat(Nir.parse("2 53 07 2A 073 004 70").refusal()).isEqualTo("key");
    }

    @Test
    void acceptsAValidNumberAsTypedAndRefusesAWrongKey() {
        Nir nir = Nir.parse("2 55 08 14 168 025 38").nir().orElseThrow();
        assertThat(nir.value()).isEqualTo("255081416802538");
        assertThat(nir.formatted()).isEqualTo("2 55 08 14 168 025 38");
        assertThat(nir.sex()).contains("F");
        assertThat(nir.birthYear()).isEqualTo(55);
        assertThat(nir.birthMonth()).contains(8);
        assertThat(nir.oid()).isEqualTo(Nir.OID_NIR);
        assertThat(Nir.parse("2 55 08 14 168 025 39").refusal()).isEqualTo("key");
        assertThat(Nir.parse("2.95.10.99.126.111-93").nir()).isPresent();
    }

    @Test
    void refusesWhatIsNotShapedLikeANumber() {
        assertThat(Nir.parse("2 55 08 14 168 025").refusal()).isEqualTo("length");
        assertThat(Nir.parse("5 55 08 14 168 025 38").refusal()).isEqualTo("shape");
        assertThat(Nir.parse("2 55 0X 14 168 025 38").refusal()).isEqualTo("shape");
        assertThat(Nir.parse(body("2551514168025")).refusal()).isEqualTo("month");
    }

    @Test
    void acceptsIncompleteCivilRecordMonthsAndProvisionalNumbers() {
        Nir incomplete = Nir.parse(body("2553014168025")).nir().orElseThrow();
        assertThat(incomplete.birthMonth()).isEmpty();
        Nir provisional = Nir.parse(body("7550814168025")).nir().orElseThrow();
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.sex()).isEmpty();
        assertThat(provisional.oid()).isEqualTo(Nir.OID_NIA);
    }

    private static String body(String thirteen) {
        return thirteen + String.format("%02d", Nir.key(thirteen));
    }
}
