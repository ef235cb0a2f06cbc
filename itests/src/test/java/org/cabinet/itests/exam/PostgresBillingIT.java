package org.cabinet.itests.exam;

import java.util.ArrayList;
import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * The billing tests on a real PostgreSQL server (the migrations, the initial tariffs and the day's queries there);
 * skipped, saying so, when no test server is configured.
 */
@RunWith(PostgresExam.class)
public class PostgresBillingIT extends BillingIT {

    @Configuration
    @Override
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.addAll(List.of(TestPostgres.configured().cabinetDatabase("cabinet_itest_billing")));
        return options.toArray(Option[]::new);
    }
}
