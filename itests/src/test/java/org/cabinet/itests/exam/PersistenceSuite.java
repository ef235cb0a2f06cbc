package org.cabinet.itests.exam;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.persistence.MigratedSchema;
import org.cabinet.itests.store.TestRecordData;
import org.cabinet.itests.store.TestRecordStore;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The persistence service as a bundle that keeps data uses it (the test store: its own JPA unit, migrations and
 * sealed columns), against the database the subclass configures. Every test here runs on Derby and PostgreSQL.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public abstract class PersistenceSuite extends CabinetTestSupport {

    static final String STORE_BUNDLE = "org.cabinet.itests.store";
    static final String NIR = "2 55 08 14 168 025 38";
    static final String NIR_DIGITS = "255081416802538";
    static final String DIAGNOSIS = "Diabète de type 2 déséquilibré, rétinopathie débutante";
    static final String STORE_CHANGELOG = "db/" + STORE_BUNDLE + "/changelog.yaml";

    /** The test store, installed from the build like a module, plus the database options of the subclass. */
    protected Option[] persistenceOptions(Option... database) {
        String store = System.getProperty("cabinet.test.store");
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.add(CoreOptions.bundle(Path.of(store).toUri().toString()).startLevel(85));
        options.add(CoreOptions.systemProperty("cabinet.test.store").value(store));
        options.addAll(List.of(database));
        return options.toArray(Option[]::new);
    }

    /** The database product {@code /api/health} names. */
    protected abstract String product();

    /**
     * Shuts what holds the data down, then searches all of it as stored (files, or a dump) for each text.
     *
     * @return the texts found
     */
    protected abstract List<String> foundAtRest(List<String> texts) throws Exception;

    @Test
    public void sealsSensitiveFieldsAndFindsByExactNir() throws Exception {
        TestRecordStore store = store();
        TestRecordData saved = store.add(new TestRecordData(null, "Martin", LocalDate.of(1955, 8, 14), NIR, DIAGNOSIS));

        assertThat(store.find(saved.id())).contains(new TestRecordData(saved.id(), "Martin", LocalDate.of(1955, 8, 14),
                NIR_DIGITS, DIAGNOSIS));
        assertThat(store.findByNir("255081416802538")).extracting(TestRecordData::id).contains(saved.id());
        assertThat(store.findByNir("1 55 08 14 168 025 38")).extracting(TestRecordData::id).doesNotContain(saved.id());

        Map<String, String> row = row(saved.id());
        assertThat(row.get("family_name")).isEqualTo("Martin");
        assertThat(row.get("nir_sealed")).startsWith("v1.data-").doesNotContain(NIR_DIGITS);
        assertThat(row.get("diagnosis_sealed")).startsWith("v1.data-").doesNotContain("Diabète");
        assertThat(row.get("nir_index")).hasSize(43).doesNotContain(NIR_DIGITS);
    }

    @Test
    public void aFailedTransactionLeavesNothing() {
        TestRecordStore store = store();
        TestRecordData existing = store.add(new TestRecordData(null, "Durand", null, null, "note"));
        long before = store.count();
        TestRecordData fresh = new TestRecordData("fresh-" + System.nanoTime(), "Petit", null, null, "jamais");

        // the first row is fine, the second collides with a committed one: the commit fails and takes both
        assertThatThrownBy(() -> store.addAll(List.of(fresh, existing))).isInstanceOf(RuntimeException.class);

        assertThat(store.find(fresh.id())).isEmpty();
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    public void migrationsRunAtBundleStartAndAreRecorded() throws Exception {
        store();
        MigratedSchema schema = service(MigratedSchema.class, CabinetPersistence.schemaFilter(STORE_BUNDLE));
        assertThat(schema.bundle()).isEqualTo(STORE_BUNDLE);
        assertThat(schema.changeSets()).isEqualTo(1);
        assertThat(query("select id from databasechangelog where filename = ? order by orderexecuted", STORE_CHANGELOG))
                .containsExactly("1-test-record");
        assertThat(query("select id from databasechangelog where filename = ? order by orderexecuted",
                "db/org.cabinet.persistence/changelog.yaml")).containsExactly("1-keystore-check", "2-sealed-columns",
                "3-schema-digests");
        // both changelogs recorded with their digest: the next start skips what did not change
        assertThat(query("select changelog from cabinet_schema_digest where bundle <> ? order by changelog", ""))
                .contains("db/org.cabinet.itests.store/changelog.yaml", "db/org.cabinet.persistence/changelog.yaml");
        assertThat(query("select column_name from cabinet_sealed_column where bundle = ? order by column_name", STORE_BUNDLE))
                .containsExactly("diagnosis_sealed", "nir_sealed");
    }

    /**
     * Runs last (the class sorts its tests by name): this test wires to the store it removes, and the store that
     * comes back is another class space that the tests cannot use through the store's interface any more, so it
     * reads the data back over HTTP, as a client would.
     */
    @Test
    public void zRemovedBundleKeepsItsTablesAndContinuesItsMigrationsWhenItComesBack() throws Exception {
        TestRecordStore store = store();
        TestRecordData kept = store.add(new TestRecordData(null, "Bernard", LocalDate.of(1980, 1, 2), NIR, DIAGNOSIS));
        Bundle installed = storeBundle();

        installed.uninstall();
        assertThat(row(kept.id())).containsEntry("family_name", "Bernard");

        Bundle next = bundleContext.installBundle("cabinet-test-store-v2", withExtraChangeSet(System.getProperty("cabinet.test.store")));
        next.start();
        caresFor(gp(), kept.id());
        awaitStatus("GET", "/api/test-records/" + kept.id(), null, gp().bearer(), 200);
        JsonNode again = json(get("/api/test-records/" + kept.id(), gp().bearer()));
        assertThat(again.path("familyName").asText()).isEqualTo("Bernard");
        assertThat(again.path("birthDate").asText()).isEqualTo("1980-01-02");
        assertThat(again.path("nir").asText()).isEqualTo(NIR_DIGITS);
        assertThat(again.path("diagnosis").asText()).isEqualTo(DIAGNOSIS);
        assertThat(query("select id from databasechangelog where filename = ? order by orderexecuted", STORE_CHANGELOG))
                .containsExactly("1-test-record", "2-family-name-index");
        assertThat(service(MigratedSchema.class, CabinetPersistence.schemaFilter(STORE_BUNDLE)).changeSets()).isEqualTo(2);
    }

    @Test
    public void keyRotationOnAPopulatedDatabase() throws Exception {
        TestRecordStore store = store();
        for (int batch = 0; batch < 4; batch++) {
            int from = batch * 150;
            store.addAll(IntStream.range(from, from + 150).mapToObj(i -> new TestRecordData(null, "Rotation" + i, null,
                    "1 80 01 75 123 456 " + String.format("%02d", i % 97), "note " + i)).toList());
        }
        List<TestRecordData> before = store.all();
        String oldKey = primaryKey();
        int changesBefore = recordedKeyChanges().size();

        assertThat(execute("cabinet:keys-rotate")).contains("New primary data key");
        String newKey = primaryKey();
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            try {
                while (reading.get()) {
                    assertThat(store.all()).isEqualTo(before);
                    reads.incrementAndGet();
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        });
        reader.start();
        String reencrypted = execute("cabinet:keys-reencrypt");
        reading.set(false);
        reader.join();

        assertThat(failure.get()).as("a read during re-encryption").isNull();
        assertThat(reads.get()).isPositive();
        assertThat(reencrypted).contains("Re-encrypted").doesNotContain("could not be opened");
        assertThat(execute("cabinet:keys-list")).contains(oldKey + "  0 values");
        assertThat(store.all()).isEqualTo(before);
        assertThat(row(before.get(0).id()).get("diagnosis_sealed")).startsWith("v1." + primaryKey() + ".");

        assertThat(execute("cabinet:keys-retire " + primaryKey())).contains("is the primary key");
        assertThat(execute("cabinet:keys-retire " + oldKey)).contains("retired");
        assertThat(execute("cabinet:keys-list")).doesNotContain(oldKey);
        assertThat(store.all()).isEqualTo(before);
        List<String> changes = recordedKeyChanges();
        assertThat(changes.subList(changesBefore, changes.size())).containsExactly("keys-rotate SUCCESS " + newKey,
                "keys-reencrypt SUCCESS " + newKey, "keys-retire FAILURE " + newKey, "keys-retire SUCCESS " + oldKey);
    }

    @Test
    public void keyChangesAreRefusedWhileTheAuditLogIsDown() throws Exception {
        store();
        String primary = primaryKey();
        Bundle audit = bundle("org.cabinet.audit");
        audit.stop();
        try {
            assertThat(execute("cabinet:keys-rotate")).contains("The audit log is not running: keys-rotate is refused");
            assertThat(primaryKey()).isEqualTo(primary);
        } finally {
            audit.start();
            service(AuditLog.class);
        }
    }

    @Test
    public void retiringAKeyThatStillSealsAValueIsRefused() throws Exception {
        TestRecordStore store = store();
        TestRecordData record = store.add(new TestRecordData(null, "Leroy", null, NIR, DIAGNOSIS));
        String oldKey = primaryKey();
        String sealedUnderOldKey = row(record.id()).get("nir_sealed");
        execute("cabinet:keys-rotate");
        execute("cabinet:keys-reencrypt");
        assertThat(row(record.id()).get("nir_sealed")).doesNotStartWith("v1." + oldKey + ".");

        // a value sealed under the old key, as a backup restored into the table would bring back
        try (Connection connection = dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement("update test_record set nir_sealed = ? where id = ?")) {
            update.setString(1, sealedUnderOldKey);
            update.setString(2, record.id());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        assertThat(execute("cabinet:keys-retire " + oldKey)).contains("1 stored values are still sealed under " + oldKey);
        assertThat(store.find(record.id()).orElseThrow().nir()).isEqualTo(NIR_DIGITS);
        execute("cabinet:keys-reencrypt");
        assertThat(execute("cabinet:keys-retire " + oldKey)).contains("retired");
        assertThat(store.find(record.id()).orElseThrow().nir()).isEqualTo(NIR_DIGITS);
    }

    @Test
    public void noPlaintextAtRest() throws Exception {
        TestRecordStore store = store();
        store.add(new TestRecordData(null, "Zébulon-Quiétude", LocalDate.of(1955, 8, 14), NIR, DIAGNOSIS));

        List<String> found = foundAtRest(List.of(NIR, NIR_DIGITS, DIAGNOSIS, "rétinopathie", "Zébulon-Quiétude"));

        assertThat(found).doesNotContain(NIR, NIR_DIGITS, DIAGNOSIS, "rétinopathie");
        assertThat(store().findByNir(NIR)).isNotEmpty();
    }

    @Test
    public void healthNamesTheDatabase() {
        store();
        JsonNode health = json(get("/api/health", Map.of()));
        assertThat(health.path("status").asText()).isIn("UP", "DEGRADED");
        assertThat(health.path("checks").path("database").path("state").asText()).isEqualTo("UP");
        assertThat(health.path("checks").path("database").path("detail").asText()).contains(product());
        assertThat(health.path("checks").path("schemas").path("state").asText()).isEqualTo("UP");
    }

    protected TestRecordStore store() {
        return service(TestRecordStore.class);
    }

    protected DataSource dataSource() {
        return service(DataSource.class, CabinetPersistence.DATA_SOURCE_FILTER);
    }

    protected Bundle persistenceBundle() {
        return bundle("org.cabinet.persistence");
    }

    /** Stops the persistence service (its database shut down), runs {@code work}, and starts it again. */
    protected <T> T withPersistenceStopped(Check<T> work) throws Exception {
        Bundle persistence = persistenceBundle();
        persistence.stop();
        try {
            return work.run();
        } finally {
            persistence.start();
            store();
        }
    }

    @FunctionalInterface
    protected interface Check<T> {
        T run() throws Exception;
    }

    private String primaryKey() {
        return execute("cabinet:keys-list").lines().filter(line -> line.contains("(primary)")).findFirst()
                .map(line -> line.substring(0, line.indexOf(' '))).orElseThrow();
    }

    /** @return the administrative changes of keys the audit log holds, oldest first: change, outcome, key */
    private List<String> recordedKeyChanges() throws SQLException {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("select resource_type, outcome, resource_id "
                        + "from audit_event where action = 'ADMIN_CHANGE' order by seq");
                ResultSet rows = select.executeQuery()) {
            List<String> changes = new ArrayList<>();
            while (rows.next()) {
                changes.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
            return changes;
        }
    }

    private Bundle storeBundle() {
        return bundle(STORE_BUNDLE);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private Map<String, String> row(String id) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select family_name, nir_sealed, nir_index, diagnosis_sealed from test_record where id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("row " + id).isTrue();
                Map<String, String> values = new HashMap<>();
                for (String column : List.of("family_name", "nir_sealed", "nir_index", "diagnosis_sealed")) {
                    values.put(column, row.getString(column));
                }
                return values;
            }
        }
    }

    private List<String> query(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1).strip());
                }
            }
            return values;
        }
    }

    /** The store's jar with one more change set appended to its changelog: its next version. */
    private static InputStream withExtraChangeSet(String jar) throws Exception {
        String extra = String.join("\n",
                "  - changeSet:",
                "      id: 2-family-name-index",
                "      author: cabinet",
                "      changes:",
                "        - createIndex:",
                "            tableName: test_record",
                "            indexName: ix_test_record_family_name",
                "            columns:",
                "              - column:",
                "                  name: family_name",
                "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(Files.newInputStream(Path.of(jar)));
                JarOutputStream out = new JarOutputStream(bytes, in.getManifest())) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(STORE_CHANGELOG)) {
                    String changelog = new String(content, StandardCharsets.UTF_8);
                    content = (changelog.endsWith("\n") ? changelog : changelog + "\n").concat(extra)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** @return which of the texts occur in the bytes, in UTF-8 */
    protected static List<String> occurring(byte[] content, List<String> texts) {
        String latin = new String(content, StandardCharsets.ISO_8859_1);
        return texts.stream().filter(text -> latin.contains(new String(text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1))).toList();
    }
}
