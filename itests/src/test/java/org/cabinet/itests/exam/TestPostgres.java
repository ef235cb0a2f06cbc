package org.cabinet.itests.exam;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;

import org.ops4j.pax.exam.Option;

/**
 * The PostgreSQL test server the persistence and audit suites also run against, as {@code .ci/postgres} describes it in
 * {@code ~/.cabinet/test-postgres.properties} (or the file {@code CABINET_TEST_POSTGRES} names). Used on the
 * test driver's side, before the container starts.
 */
final class TestPostgres {

    /** the database each run of the persistence suite gets, made anew */
    static final String DATABASE = "cabinet_itest";

    private static final String CONFIG = "etc/org.cabinet.persistence.database.cfg";

    private final Properties settings;

    private TestPostgres(Properties settings) {
        this.settings = settings;
    }

    static Path settingsFile() {
        String named = System.getenv("CABINET_TEST_POSTGRES");
        return named != null ? Path.of(named) : Path.of(System.getProperty("user.home"), ".cabinet", "test-postgres.properties");
    }

    /** @return the server, or null when none is configured */
    static TestPostgres configured() {
        Path file = settingsFile();
        if (!Files.isReadable(file)) {
            return null;
        }
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            settings.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new TestPostgres(settings);
    }

    String host() {
        return settings.getProperty("host", "127.0.0.1");
    }

    String port() {
        return settings.getProperty("port", "5432");
    }

    String user() {
        return Objects.requireNonNull(settings.getProperty("user"), "user in " + settingsFile());
    }

    String password() {
        return Objects.requireNonNull(settings.getProperty("password"), "password in " + settingsFile());
    }

    String url(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /**
     * Makes {@code database} anew (every run starts empty) and returns the options that point Cabinet at it, as an
     * installer would edit {@value #CONFIG}: the driver, the URL, the user and a password file.
     */
    Option[] cabinetDatabase(String database, Path passwordFile) {
        recreateDatabase(database);
        return new Option[] {
            editConfigurationFilePut(CONFIG, "dataSourceFactory.target", "(osgi.jdbc.driver.name=PostgreSQL JDBC Driver)"),
            editConfigurationFilePut(CONFIG, "url", url(database)),
            editConfigurationFilePut(CONFIG, "user", user()),
            editConfigurationFilePut(CONFIG, "password.file", passwordFile.toString()),
        };
    }

    /** As {@link #cabinetDatabase(String, Path)}, with the password file in {@code target/postgres}. */
    Option[] cabinetDatabase(String database) {
        return cabinetDatabase(database, passwordFile(Path.of("target", "postgres").toAbsolutePath()));
    }

    private void recreateDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database on " + url("postgres") + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return a file holding the password only, readable by its owner only, as an installer would write it */
    Path passwordFile(Path folder) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("postgres.password");
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password() + "\n");
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the password file: " + e.getMessage(), e);
        }
    }
}
