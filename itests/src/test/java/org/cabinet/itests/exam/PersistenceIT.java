package org.cabinet.itests.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The persistence wiring inside the real distribution: the cabinet datasource made from etc/, Liquibase
 * migrations of org.cabinet.persistence recorded in cabinet_schema_history, and its JPA unit (OpenJPA, enhanced
 * at build time) used by a DS component in explicit local transactions.
 */
public class PersistenceIT extends CabinetTestSupport {

    private static final String UNIT = "(osgi.unit.name=org.cabinet.persistence)";
    private static final String CABINET_DS = "(osgi.jndi.service.name=cabinet)";

    @Test
    public void writesThroughTheJpaUnitAndReadsBack() throws Exception {
        assertThat(service(EntityManagerFactory.class, UNIT)).isNotNull();
        Object store = probeStore();
        long before = (Long) call(store, "count");

        String id = (String) call(store, "write", "première note");

        assertThat(call(store, "read", id)).isEqualTo("première note");
        assertThat((Long) call(store, "count")).isEqualTo(before + 1);
        try (Connection connection = service(DataSource.class, CABINET_DS).getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select note from persistence_probe where id = '" + id + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("première note");
        }
    }

    @Test
    public void aFailedTransactionLeavesNothing() throws Exception {
        Object store = probeStore();
        String existing = (String) call(store, "write", "déjà là");
        long before = (Long) call(store, "count");
        String fresh = UUID.randomUUID().toString();

        // the first row is fine, the second collides with a committed one: the commit fails, and takes both
        assertThatThrownBy(() -> call(store, "writeAll", List.of(fresh, existing), "jamais"))
                .isInstanceOf(RuntimeException.class);

        assertThat(call(store, "read", fresh)).isNull();
        assertThat(call(store, "read", existing)).isEqualTo("déjà là");
        assertThat((Long) call(store, "count")).isEqualTo(before);
    }

    @Test
    public void migrationsAreRecordedInOrder() throws Exception {
        probeStore(); // up once the migrations have run
        List<String> applied = new ArrayList<>();
        try (Connection connection = service(DataSource.class, CABINET_DS).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select id, filename, exectype from cabinet_schema_history order by orderexecuted")) {
            while (rows.next()) {
                assertThat(rows.getString(2)).isEqualTo("db/org.cabinet.persistence/changelog.yaml");
                assertThat(rows.getString(3)).isEqualTo("EXECUTED");
                applied.add(rows.getString(1));
            }
        }
        assertThat(applied).containsExactly("1-persistence-probe", "2-persistence-probe-written-at-index");
    }

    @Test
    public void derbyIsEmbeddedUnderDataAndDurable() throws Exception {
        Path database = Path.of(System.getProperty("karaf.data"), "derby", "cabinet");
        assertThat(database.resolve("service.properties")).exists();
        assertThat(database.resolve("seg0")).isDirectory();
        try (Connection connection = service(DataSource.class, CABINET_DS).getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("Apache Derby");
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:derby:").contains("derby/cabinet");
        }
        assertThat(System.getProperty("derby.system.durability")).isNull();
        // no Derby network server
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 1527), 500);
            throw new AssertionError("something listens on Derby's network port 1527");
        } catch (IOException expected) {
            // nothing there
        }
    }

    /** The probe store of org.cabinet.persistence; its class is private to that bundle, so it is called by name. */
    private Object probeStore() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=org.cabinet.persistence.internal.probe.ProbeStore)(cabinet.probe=persistence))"), null);
        tracker.open(true);
        Object store = tracker.waitForService(60_000);
        assertThat(store).as("ProbeStore service").isNotNull();
        return store;
    }

    private static Object call(Object target, String name, Object... args) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw e;
                }
            }
        }
        throw new NoSuchMethodException(name);
    }
}
