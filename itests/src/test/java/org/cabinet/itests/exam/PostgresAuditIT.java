package org.cabinet.itests.exam;

import java.nio.file.Path;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** The audit suite on a real PostgreSQL server; skipped, saying so, when no test server is configured. */
@RunWith(PostgresExam.class)
public class PostgresAuditIT extends AuditSuite {

    @Configuration
    @Override
    public Option[] config() {
        TestPostgres postgres = TestPostgres.configured();
        return auditOptions(postgres.cabinetDatabase("cabinet_itest_audit",
                postgres.passwordFile(Path.of("target", "postgres").toAbsolutePath())));
    }
}
