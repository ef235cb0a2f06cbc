package org.cabinet.bench.clinical;

import java.time.Duration;

import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.cabinet.itests.process.CabinetProcess;

/**
 * The three people of the benchmark, each with a session: the first administrator (care teams, audit report), a
 * GP (charts) and a secretary (searches), all with their second factor.
 */
record StaffAccounts(Account admin, Account gp, Account secretary) {

    /** Sets up the first administrator from the setup token this run printed, who creates the GP and the secretary. */
    static StaffAccounts create(CabinetProcess cabinet) {
        CabinetAccounts accounts = cabinet.accounts();
        Account admin = accounts.firstAdministrator(cabinet.awaitSetupToken(Duration.ofMinutes(10)), "bench.admin");
        return new StaffAccounts(admin, accounts.create(admin, "dr.bench", "gp"),
                accounts.create(admin, "bench.secretary", "secretary"));
    }

    /** @return the same people logged in again, with codes this Cabinet has not seen from them */
    StaffAccounts loggedInAgain(CabinetAccounts accounts) {
        return new StaffAccounts(accounts.loginAgain(admin), accounts.loginAgain(gp), accounts.loginAgain(secretary));
    }
}
