package org.cabinet.itests.exam;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * The patient tests on a real PostgreSQL server: the clinical core's whole changelog, its searches and paging
 * there; skipped, saying so, when no test server is configured.
 */
@RunWith(PostgresExam.class)
public class PostgresPatientIT extends PatientIT {

    @Configuration
    @Override
    public Option[] config() {
        return onPostgres("cabinet_itest_records");
    }
}
