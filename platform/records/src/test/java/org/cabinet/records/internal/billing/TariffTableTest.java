package org.cabinet.records.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cabinet.api.billing.BillableAct.Nomenclature;
import org.cabinet.api.rest.ProblemException;
import org.junit.jupiter.api.Test;

/** An act is priced by the tariff valid on its date: a new dated row never reprices the past. */
class TariffTableTest {

    private final TariffTable table = new TariffTable(List.of(FeesTest.tariff("G", 3000, "2025-01-01"),
            FeesTest.tariff("G", 3300, "2026-03-01"), FeesTest.tariff("G", 2650, "2023-12-01")),
            List.of(module("SFX", 4200, "2025-01-01"), module("SFY", 1000, "2025-01-01"),
                    FeesTest.tariff("SFY", 1100, "2025-09-01")));

    @Test
    void pricesEachDateWithTheLatestTariffNotAfterIt() {
        assertThat(table.on("G", LocalDate.of(2024, 6, 1)).orElseThrow().priceCents()).isEqualTo(2650);
        assertThat(table.on("G", LocalDate.of(2025, 1, 1)).orElseThrow().priceCents()).isEqualTo(3000);
        assertThat(table.on("G", LocalDate.of(2026, 2, 28)).orElseThrow().priceCents()).isEqualTo(3000);
        assertThat(table.on("G", LocalDate.of(2026, 3, 1)).orElseThrow().priceCents()).isEqualTo(3300);
    }

    @Test
    void knowsNoPriceBeforeTheFirstTariff() {
        assertThat(table.on("G", LocalDate.of(2023, 11, 30))).isEmpty();
        assertThat(table.on("UNKNOWN", LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void pricesFromTheClinicsTableWhereItHasATariffAndFromTheModuleElsewhere() {
        assertThat(table.on("G", LocalDate.of(2025, 5, 1)).orElseThrow().priceCents()).isEqualTo(3000);
        assertThat(table.on("SFX", LocalDate.of(2025, 5, 1)).orElseThrow().source()).isEqualTo("midwifery");
        assertThat(table.on("SFY", LocalDate.of(2025, 8, 31)).orElseThrow().priceCents()).isEqualTo(1000);
        assertThat(table.on("SFY", LocalDate.of(2025, 9, 1)).orElseThrow().priceCents()).isEqualTo(1100);
        assertThat(table.on("SFY", LocalDate.of(2025, 9, 1)).orElseThrow().source()).isEqualTo(Tariff.CORE);
        assertThat(table.catalogue(LocalDate.of(2025, 5, 1))).extracting(Tariff::code)
                .containsExactly("G", "SFX", "SFY");
    }

    @Test
    void listsACodesHistoryOldestFirst() {
        assertThat(table.history("G")).extracting(Tariff::priceCents).containsExactly(2650L, 3000L, 3300L);
    }

    @Test
    void namesTheActAtFault() {
        assertThatThrownBy(() -> ActPricing.price(table, LocalDate.of(2025, 5, 1),
                List.of(new ActRequest("G", null), new ActRequest("NOPE", null))))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.field()).isEqualTo("acts[1].code"));
        assertThatThrownBy(() -> ActPricing.price(table, LocalDate.of(2025, 5, 1),
                List.of(new ActRequest("G", new BigDecimal("0")))))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.field()).isEqualTo("acts[0].coefficient"));
        assertThatThrownBy(() -> ActPricing.price(table, LocalDate.of(2025, 5, 1),
                List.of(new ActRequest("G", new BigDecimal("1.005")))))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.field()).isEqualTo("acts[0].coefficient"));
        assertThatThrownBy(() -> ActPricing.price(table, LocalDate.of(2025, 5, 1), List.of()))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.field()).isEqualTo("acts"));
    }

    private static Tariff module(String code, long cents, String from) {
        return new Tariff(code, Nomenclature.NGAP, code, code, cents, LocalDate.parse(from), "midwifery");
    }
}
