package org.cabinet.itests.exam;

import java.util.ArrayList;
import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * The patient tests on a real PostgreSQL server (the clinical core's migrations, searches and paging there);
 * skipped, saying so, when no test server is configured.
 */
@RunWith(PostgresExam.class)
public class PostgresPatientIT extends PatientIT {

    @Configuration
    @Override
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.addAll(List.of(TestPostgres.configured().cabinetDatabase("cabinet_itest_records")));
        return options.toArray(Option[]::new);
    }
}
