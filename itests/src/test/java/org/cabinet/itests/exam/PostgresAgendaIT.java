package org.cabinet.itests.exam;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * The agenda tests on a real PostgreSQL server: the row locks that keep two bookings of one slot apart there;
 * skipped, saying so, when no test server is configured.
 */
@RunWith(PostgresExam.class)
public class PostgresAgendaIT extends AgendaIT {

    @Configuration
    @Override
    public Option[] config() {
        return onPostgres("cabinet_itest_agenda");
    }
}
