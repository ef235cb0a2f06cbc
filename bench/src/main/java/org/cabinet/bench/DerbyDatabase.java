package org.cabinet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * An embedded Derby database made for one case in a folder of its own, shut down and deleted
 * afterwards. Derby's durability is left at its default: the log is synced at every commit.
 */
final class DerbyDatabase implements ConnectionSource, AutoCloseable {

    /**
     * Derby 10.14's default is DES/CBC/NoPadding: AES is asked for by name. With an external key
     * the algorithm is not recorded, so every later boot must name it again.
     */
    static final String ENCRYPTION_ALGORITHM = "AES/CBC/NoPadding";

    private final Path folder;

    private DerbyDatabase(Path folder) {
        this.folder = folder;
    }

    /**
     * Before the first database: refuses a relaxed durability, and sends {@code derby.log} to the
     * work folder.
     */
    static void prepareEngine(Path work) throws IOException {
        if (System.getProperty("derby.system.durability") != null) {
            throw new IllegalStateException("derby.system.durability is set: the benchmark measures durable commits only");
        }
        Files.createDirectories(work);
        System.setProperty("derby.system.home", work.toString());
    }

    /** After the last database: stops the embedded engine. */
    static void shutDownEngine() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException e) {
            // XJ015: the engine shut down, as asked
        }
    }

    /** A new database without encryption. */
    static DerbyDatabase create(Path folder) throws SQLException {
        return create(folder, "");
    }

    /**
     * A new database encrypted as a whole (Derby's data encryption: every page and the log) under
     * an external key, which the first connection's URL carries and nothing stores.
     *
     * @param hexKey 64 hexadecimal characters: a 256-bit AES key
     */
    static DerbyDatabase createEncrypted(Path folder, String hexKey) throws SQLException {
        return create(folder, ";dataEncryption=true;encryptionAlgorithm=" + ENCRYPTION_ALGORITHM + ";encryptionKey=" + hexKey);
    }

    private static DerbyDatabase create(Path folder, String attributes) throws SQLException {
        DriverManager.getConnection("jdbc:derby:" + folder + ";create=true" + attributes).close();
        return new DerbyDatabase(folder);
    }

    /** A connection to the booted database: the key is needed only to boot it. */
    @Override
    public Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + folder);
    }

    /**
     * Whether Derby encrypts this database, from its {@code service.properties}. With an external
     * key Derby records neither the algorithm nor the key length, only the cipher's block size:
     * 16 bytes for AES, 8 for DES (its default).
     */
    String encryption() throws IOException {
        Properties service = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("service.properties"))) {
            service.load(in);
        }
        if (!"true".equals(service.getProperty("dataEncryption"))) {
            return "none";
        }
        return "dataEncryption=true, derby.encryptionBlockSize=" + service.getProperty("derby.encryptionBlockSize", "?");
    }

    /** Shuts the database down and deletes its folder. */
    @Override
    public void close() throws SQLException, IOException {
        try {
            DriverManager.getConnection("jdbc:derby:" + folder + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) { // 08006: shut down, as asked
                throw e;
            }
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
