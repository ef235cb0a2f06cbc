package org.cabinet.records.internal.billing;

import java.math.BigDecimal;

/** A practitioner's day as CSV for a spreadsheet or an accountant: one {@code section;key;value} line per figure. */
final class DayCsv {

    private DayCsv() {
    }

    static String of(BillingDay day) {
        StringBuilder csv = new StringBuilder("section;key;count;amount_eur\r\n");
        day.acts().forEach(act -> line(csv, "act", act.code(), act.count(), act.amountCents()));
        line(csv, "total", "billed", day.careRecords(), day.billedCents());
        day.receivedByMethod().forEach((method, cents) -> line(csv, "received", method, null, cents));
        line(csv, "total", "received", null, day.receivedCents());
        line(csv, "total", "outstanding", null, day.outstandingCents());
        line(csv, "total", "third-party-awaited", null, day.thirdPartyCents());
        return csv.toString();
    }

    private static void line(StringBuilder csv, String section, String key, Integer count, long cents) {
        csv.append(section).append(';').append(key).append(';').append(count == null ? "" : count).append(';')
                .append(BigDecimal.valueOf(cents, 2).toPlainString()).append("\r\n");
    }
}
