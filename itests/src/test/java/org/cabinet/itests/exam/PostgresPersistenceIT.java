package org.cabinet.itests.exam;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.cabinet.itests.store.TestRecordData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;

/**
 * The persistence suite on a real PostgreSQL server, configured by changing one file of etc/ as an installer
 * would: the driver, the URL, the user and a password file. Skipped, saying so, when no test server is configured.
 */
@RunWith(PostgresExam.class)
public class PostgresPersistenceIT extends PersistenceSuite {

    @Configuration
    @Override
    public Option[] config() {
        TestPostgres postgres = TestPostgres.configured();
        Path passwordFile = postgres.passwordFile(Path.of("target", "postgres").toAbsolutePath());
        List<Option> options = new ArrayList<>(List.of(postgres.cabinetDatabase(TestPostgres.DATABASE, passwordFile)));
        options.addAll(List.of(
                // for pg_dump, inside the container
                CoreOptions.systemProperty("cabinet.test.pg.host").value(postgres.host()),
                CoreOptions.systemProperty("cabinet.test.pg.port").value(postgres.port()),
                CoreOptions.systemProperty("cabinet.test.pg.user").value(postgres.user()),
                CoreOptions.systemProperty("cabinet.test.pg.passfile").value(passwordFile.toString())));
        return persistenceOptions(options.toArray(Option[]::new));
    }

    @Override
    protected String product() {
        return "PostgreSQL";
    }

    /** Searches a plain dump of the whole database, as a backup would hold it. */
    @Override
    protected List<String> foundAtRest(List<String> texts) throws Exception {
        ProcessBuilder dump = new ProcessBuilder("pg_dump", "--no-password", "-h", System.getProperty("cabinet.test.pg.host"),
                "-p", System.getProperty("cabinet.test.pg.port"), "-U", System.getProperty("cabinet.test.pg.user"),
                TestPostgres.DATABASE);
        dump.environment().put("PGPASSWORD", Files.readString(Path.of(System.getProperty("cabinet.test.pg.passfile"))).strip());
        dump.redirectErrorStream(true);
        Process process = dump.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
        // a control: the dump does hold the table, and the names kept in clear
        assertThat(occurring(output, List.of("test_record"))).isNotEmpty();
        return occurring(output, texts);
    }

    @Test
    public void namesStayInClearOnPostgresqlWhereTheDiskIsTheInstallersToEncrypt() throws Exception {
        store().add(new TestRecordData(null, "Quasimodo-Esmeralda", null, NIR, DIAGNOSIS));
        assertThat(foundAtRest(List.of("Quasimodo-Esmeralda", NIR_DIGITS))).containsExactly("Quasimodo-Esmeralda");
    }
}
