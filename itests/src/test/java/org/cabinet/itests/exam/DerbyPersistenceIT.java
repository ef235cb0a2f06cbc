package org.cabinet.itests.exam;

import org.cabinet.itests.store.TestRecordData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** The persistence suite on the default database: embedded Derby, encrypted as a whole, in data/derby/cabinet. */
public class DerbyPersistenceIT extends PersistenceSuite {

    @Configuration
    @Override
    public Option[] config() {
        return persistenceOptions();
    }

    @Override
    protected String product() {
        return "Apache Derby";
    }

    @Override
    protected List<String> foundAtRest(List<String> texts) throws Exception {
        Path data = Path.of(System.getProperty("karaf.data"));
        return withPersistenceStopped(() -> {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> derby = Files.walk(data.resolve("derby")); Stream<Path> logs = Files.walk(data.resolve("log"))) {
                Stream.concat(derby, logs).filter(Files::isRegularFile).forEach(files::add);
            }
            assertThat(files).as("Derby's files").anyMatch(file -> file.toString().contains("seg0"));
            // a control: the scan does read the files (Derby's service file names its protocol in clear)
            assertThat(files.stream().flatMap(file -> occurring(read(file), List.of("derby.serviceProtocol")).stream()))
                    .isNotEmpty();
            return files.stream().flatMap(file -> occurring(read(file), texts).stream()).distinct().toList();
        });
    }

    @Test
    public void derbyIsEmbeddedEncryptedAndDurable() throws Exception {
        store();
        Path database = Path.of(System.getProperty("karaf.data"), "derby", "cabinet");
        assertThat(database.resolve("seg0")).isDirectory();
        // AES (16-byte blocks), not Derby's default DES (8)
        assertThat(Files.readString(database.resolve("service.properties"))).contains("dataEncryption=true")
                .contains("derby.encryptionBlockSize=16");
        try (Connection connection = dataSource().getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:derby:").contains("derby/cabinet")
                    .doesNotContain("encryptionKey");
        }
        assertThat(System.getProperty("derby.system.durability")).isNull();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 1527), 500);
            throw new AssertionError("something listens on Derby's network port 1527");
        } catch (IOException expected) {
            // no Derby network server
        }
    }

    @Test
    public void aNameIsNotReadableInTheDerbyFiles() throws Exception {
        store().add(new TestRecordData(null, "Quasimodo-Esmeralda", null, null, null));
        assertThat(foundAtRest(List.of("Quasimodo-Esmeralda"))).isEmpty();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
