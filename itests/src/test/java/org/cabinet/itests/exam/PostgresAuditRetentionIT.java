package org.cabinet.itests.exam;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** The retention suite on a real PostgreSQL server; skipped, saying so, when no test server is configured. */
@RunWith(PostgresExam.class)
public class PostgresAuditRetentionIT extends AuditRetentionSuite {

    @Configuration
    @Override
    public Option[] config() {
        return retentionOptions(TestPostgres.configured().cabinetDatabase("cabinet_itest_retention"));
    }
}
