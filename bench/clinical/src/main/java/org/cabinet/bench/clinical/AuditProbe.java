package org.cabinet.bench.clinical;

import java.time.Instant;

import org.cabinet.itests.access.CabinetAccounts;

/**
 * Shows that an installation audits, or not: the GP opens one chart, and the administrator counts the GP's read
 * events of that moment in the audit report. One with auditing on, none with it off.
 */
final class AuditProbe {

    private AuditProbe() {
    }

    /** @return how many read events the audit log holds for one chart the GP opens now */
    static int eventsOfOneChart(MeasuredCabinet cabinet, StaffAccounts staff, String patient)
            throws InterruptedException {
        CabinetAccounts accounts = cabinet.accounts();
        cabinet.awaitServed("/api/patients/" + patient + "/chart", staff.gp().bearer());
        cabinet.awaitServed("/api/patients?name=MA", staff.secretary().bearer());
        // the reads that waited for the chart to be served are left out: a second passes before the one counted
        Thread.sleep(1_500);
        Instant from = Instant.now().minusMillis(500);
        CabinetAccounts.expect(accounts.send("GET", "/api/patients/" + patient + "/chart", null, staff.gp().bearer()),
                200, "opening a chart");
        Instant to = Instant.now().plusSeconds(1);
        return CabinetAccounts.read(CabinetAccounts.expect(accounts.send("GET", "/api/audit/users/" + staff.gp().id()
                + "/activity?action=read&from=" + from + "&to=" + to, null, staff.admin().bearer()), 200,
                "the GP's audit report")).path("rows").size();
    }
}
