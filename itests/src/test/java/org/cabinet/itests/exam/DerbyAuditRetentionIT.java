package org.cabinet.itests.exam;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** The retention suite on the default database: embedded Derby. */
public class DerbyAuditRetentionIT extends AuditRetentionSuite {

    @Configuration
    @Override
    public Option[] config() {
        return retentionOptions();
    }
}
