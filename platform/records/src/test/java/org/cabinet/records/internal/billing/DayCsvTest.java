package org.cabinet.records.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The day's export: one line per figure, amounts in euros with two decimals. */
class DayCsvTest {

    @Test
    void writesOneLinePerFigure() {
        Map<String, Long> received = new LinkedHashMap<>();
        received.put("CASH", 1500L);
        received.put("CHEQUE", 0L);
        received.put("CARD", 1200L);
        received.put("TRANSFER", 0L);
        BillingDay day = new BillingDay("u1", LocalDate.of(2025, 11, 20), 2,
                List.of(new BillingDay.ActCount("C", 1, 5750), new BillingDay.ActCount("G", 2, 6000)), 11750, 2700,
                received, 800, 3000);
        assertThat(DayCsv.of(day).split("\r\n")).containsExactly("section;key;count;amount_eur", "act;C;1;57.50",
                "act;G;2;60.00", "total;billed;2;117.50", "received;CASH;;15.00", "received;CHEQUE;;0.00",
                "received;CARD;;12.00", "received;TRANSFER;;0.00", "total;received;;27.00",
                "total;outstanding;;8.00", "total;third-party-awaited;;30.00");
    }
}
