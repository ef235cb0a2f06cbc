package org.cabinet.records.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cabinet.api.billing.BillableAct.Nomenclature;
import org.junit.jupiter.api.Test;

/** The fees of DOMAIN.md, "Billing", priced from the initial tariff table (billing.yaml) at the end of 2025. */
class FeesTest {

    private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

    /** the rows billing.yaml inserts */
    static final List<Tariff> INITIAL = List.of(tariff("G", 3000, "2025-01-01"), tariff("C", 2300, "2025-01-01"),
            tariff("COE", 6000, "2025-07-01"), tariff("MHP", 500, "2025-01-01"), tariff("MEG", 500, "2025-01-01"),
            tariff("MSF", 350, "2025-01-01"), tariff("SF", 320, "2025-01-01"), tariff("SP", 320, "2025-01-01"));

    private final TariffTable table = new TariffTable(INITIAL, List.of());

    @Test
    void theseAreTheRowsTheMigrationInserts() throws Exception {
        String yaml;
        try (var in = FeesTest.class.getResourceAsStream("/db/org.cabinet.records/billing.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var row = java.util.regex.Pattern.compile(
                "\\('tariff-[^']+', '([A-Z0-9]+)', '(NGAP|CCAM)', .*?, (\\d+), '(\\d{4}-\\d{2}-\\d{2})', 0, 'cabinet'\\)")
                .matcher(yaml);
        List<String> inserted = new java.util.ArrayList<>();
        while (row.find()) {
            inserted.add(row.group(1) + " " + row.group(3) + " " + row.group(4));
        }
        assertThat(inserted).containsExactlyElementsOf(
                INITIAL.stream().map(t -> t.code() + " " + t.priceCents() + " " + t.validFrom()).toList());
    }

    @Test
    void aGeneralPractitionerConsultationIsThirtyEuros() {
        assertThat(total(act("G", null))).isEqualTo(3000);
    }

    @Test
    void cIsTwentyThreeEuros() {
        assertThat(total(act("C", "1"))).isEqualTo(2300);
    }

    @Test
    void coeIsSixtyEurosFromTheFirstOfJuly2025AndUnknownBefore() {
        assertThat(ActPricing.price(table, LocalDate.of(2025, 7, 1), List.of(act("COE", null))).get(0).amountCents())
                .isEqualTo(6000);
        assertThat(table.on("COE", LocalDate.of(2025, 6, 30))).isEmpty();
    }

    @Test
    void mhpIsFiveEuros() {
        assertThat(total(act("MHP", null))).isEqualTo(500);
    }

    @Test
    void theUnderSixConsultationIsGPlusMegThirtyFiveEuros() {
        assertThat(total(act("G", null), act("MEG", null))).isEqualTo(3500);
    }

    @Test
    void theMidwifeConsultationIsCPlusMsfTwentySixFifty() {
        assertThat(total(act("C", null), act("MSF", null))).isEqualTo(2650);
    }

    @Test
    void midwifeKeyLettersAreThreeTwentyWithTheirCoefficient() {
        assertThat(total(act("SF", null))).isEqualTo(320);
        assertThat(total(act("SP", null))).isEqualTo(320);
        assertThat(total(act("SF", "12"))).isEqualTo(3840);
    }

    @Test
    void anEarlyPrenatalInterviewByAGpIsCTwoPointFiveFiftySevenFifty() {
        List<BilledAct> billed = ActPricing.price(table, END_OF_2025, List.of(act("C", "2.5")));
        assertThat(billed.get(0).amountCents()).isEqualTo(5750);
        assertThat(billed.get(0).coefficient()).isEqualByComparingTo("2.5");
        assertThat(billed.get(0).unitCents()).isEqualTo(2300);
    }

    @Test
    void roundsHalfUpToTheCentAndNeverUsesFloatingPoint() {
        assertThat(Fees.amount(320, new BigDecimal("0.55"))).isEqualTo(176);
        assertThat(Fees.amount(2300, new BigDecimal("0.01"))).isEqualTo(23);
        assertThat(Fees.percent(2650, 70)).isEqualTo(1855);
        assertThat(Fees.percent(5, 70)).isEqualTo(4);
    }

    @Test
    void writesCoefficientsPlainly() {
        assertThat(Fees.plain(new BigDecimal("10")).toString()).isEqualTo("10");
        assertThat(Fees.plain(new BigDecimal("2.50")).toString()).isEqualTo("2.5");
    }

    private long total(ActRequest... acts) {
        return ActPricing.total(ActPricing.price(table, END_OF_2025, List.of(acts)));
    }

    private static ActRequest act(String code, String coefficient) {
        return new ActRequest(code, coefficient == null ? null : new BigDecimal(coefficient));
    }

    static Tariff tariff(String code, long cents, String from) {
        return new Tariff(code, Nomenclature.NGAP, code, code, cents, LocalDate.parse(from), Tariff.CORE);
    }
}
