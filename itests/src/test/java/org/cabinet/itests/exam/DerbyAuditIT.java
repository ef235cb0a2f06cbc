package org.cabinet.itests.exam;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** The audit suite on the default database: embedded Derby. */
public class DerbyAuditIT extends AuditSuite {

    @Configuration
    @Override
    public Option[] config() {
        return auditOptions();
    }
}
