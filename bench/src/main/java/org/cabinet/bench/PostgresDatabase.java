package org.cabinet.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A database of the benchmark's own on the test server that {@code .ci/postgres} starts, made
 * afresh (dropped first if a previous run left it) and dropped by {@link #close()}. The server's
 * settings are left as they are: {@code synchronous_commit} is expected at its default, on.
 */
final class PostgresDatabase implements ConnectionSource, AutoCloseable {

    /** Why the PostgreSQL cases cannot run; the message never holds the password. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    private final String server;
    private final Properties login;
    private final String name;

    private PostgresDatabase(String server, Properties login, String name) {
        this.server = server;
        this.login = login;
        this.name = name;
    }

    /**
     * @param settings a properties file with {@code host}, {@code port}, {@code user} and {@code password}
     * @param name     the database to make, one per benchmark (e.g. {@code cabinet_bench})
     */
    static PostgresDatabase create(Path settings, String name) throws Unavailable {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(settings)) {
            file.load(in);
        } catch (IOException e) {
            throw new Unavailable("cannot read " + settings + " (" + e.getClass().getSimpleName()
                    + "); run .ci/postgres first, or point CABINET_TEST_POSTGRES at the file it wrote");
        }
        for (String key : new String[] { "host", "port", "user", "password" }) {
            if (file.getProperty(key, "").isBlank()) {
                throw new Unavailable(settings + " has no '" + key + "'; run .ci/postgres again");
            }
        }
        Properties login = new Properties();
        login.setProperty("user", file.getProperty("user").strip());
        login.setProperty("password", file.getProperty("password").strip());
        login.setProperty("connectTimeout", "5");
        login.setProperty("ApplicationName", "cabinet-bench");
        String server = file.getProperty("host").strip() + ":" + file.getProperty("port").strip();
        PostgresDatabase database = new PostgresDatabase(server, login, name);
        try {
            database.maintenance("DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new Unavailable("cannot create the database " + name + " on " + server + " as "
                    + login.getProperty("user") + ": " + e.getMessage());
        }
        return database;
    }

    @Override
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url(name), login);
    }

    /** The server's version and the settings that decide how durable a commit is. */
    String describe() throws SQLException {
        try (Connection connection = open(); Statement sql = connection.createStatement()) {
            return "PostgreSQL " + show(sql, "server_version") + " on " + server + ", synchronous_commit="
                    + show(sql, "synchronous_commit") + ", fsync=" + show(sql, "fsync") + ", wal_sync_method="
                    + show(sql, "wal_sync_method");
        }
    }

    @Override
    public void close() throws SQLException {
        maintenance("DROP DATABASE IF EXISTS " + name);
    }

    private void maintenance(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"), login);
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://" + server + "/" + database;
    }

    private static String show(Statement sql, String setting) throws SQLException {
        try (ResultSet value = sql.executeQuery("SHOW " + setting)) {
            value.next();
            return value.getString(1);
        }
    }
}
