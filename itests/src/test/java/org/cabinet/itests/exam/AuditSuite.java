package org.cabinet.itests.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.itests.store.TestRecordData;
import org.cabinet.itests.store.TestRecordStore;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit log inside the distribution, fed through its API as the stores of health data will feed it: what is
 * recorded, the verifier against edits, removals and swaps, the access reports, the alert on bulk reads and its
 * threshold set in etc/, and a rolled-back write's attempt; on the database the subclass configures. Every test
 * here runs on Derby and PostgreSQL.
 */
public abstract class AuditSuite extends CabinetTestSupport {

    private static final String RULES_PID = "org.cabinet.audit.rules";

    /** The test store, installed from the build like a module, plus the database options of the subclass. */
    protected Option[] auditOptions(Option... database) {
        List<Option> options = new ArrayList<>(List.of(withTestStore(super.config())));
        options.addAll(List.of(database));
        return options.toArray(Option[]::new);
    }

    /**
     * The administrator who reads the reports is made first: its setup and logins are audited too, and must not
     * land in the middle of a test's edits of the chain.
     */
    @Before
    public void administratorFirst() {
        admin();
    }

    @Test
    public void aScriptedDayIsRecordedExactly() {
        String actor = "dr-day-" + System.nanoTime();
        List<AuditEvent> day = List.of(
                event(actor, "gp", null, AuditAction.LOGIN, "session", null, AuditOutcome.SUCCESS, AccessBasis.NOT_APPLICABLE),
                event(actor, "gp", "p-1", AuditAction.READ, "patient", "p-1", AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP),
                event(actor, "gp", "p-1", AuditAction.CREATE, "prescription", "rx-1", AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP),
                event(actor, "gp", "p-2", AuditAction.READ, "patient", "p-2", AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP),
                event(actor, "gp", "p-3", AuditAction.READ, "patient", "p-3", AuditOutcome.DENIED, AccessBasis.NO_RELATIONSHIP),
                event(actor, "gp", "p-3", AuditAction.BREAK_GLASS, "patient", "p-3", AuditOutcome.SUCCESS, AccessBasis.BREAK_GLASS),
                event(actor, "gp", "p-3", AuditAction.READ, "patient", "p-3", AuditOutcome.SUCCESS, AccessBasis.BREAK_GLASS),
                event(actor, "gp", "p-2", AuditAction.UPDATE, "record-entry", "e-9", AuditOutcome.ROLLED_BACK, AccessBasis.CARE_RELATIONSHIP),
                event(actor, "gp", "p-4", AuditAction.READ, "patient", "p-4", AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP),
                event(actor, "gp", null, AuditAction.LOGOUT, "session", null, AuditOutcome.SUCCESS, AccessBasis.NOT_APPLICABLE));
        AuditLog audit = service(AuditLog.class);

        List<RecordedEvent> recorded = day.stream().map(audit::append).toList();

        assertThat(recorded).extracting(RecordedEvent::event).containsExactlyElementsOf(day);
        assertThat(recorded).extracting(RecordedEvent::sequence).isSorted().doesNotHaveDuplicates();
        JsonNode activity = rows("/api/audit/users/" + actor + "/activity");
        assertThat(activity).hasSize(day.size());
        assertThat(activity).extracting(row -> row.path("action").asText()).containsExactly("login", "read", "create",
                "read", "read", "break-glass", "read", "update", "read", "logout");
        assertThat(activity.get(7).path("outcome").asText()).isEqualTo("rolled_back");
        assertThat(rows("/api/audit/users/" + actor + "/activity?action=read")).hasSize(5);
        assertThat(get("/api/audit/users/" + actor + "/activity?from=yesterday", asAdmin()).statusCode()).isEqualTo(400);
    }

    @Test
    public void theVerifierNamesAnEditedARemovedAndTwoSwappedEvents() throws Exception {
        AuditLog audit = service(AuditLog.class);
        List<Long> sequences = IntStream.range(0, 6).mapToObj(i -> audit.append(event("dr-chain", "gp", "p-" + i,
                AuditAction.READ, "patient", "p-" + i, AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP)).sequence()).toList();
        long edited = sequences.get(1);
        long removed = sequences.get(2);
        long swapped = sequences.get(3);
        assertThat(verify().path("intact").asBoolean()).isTrue();

        sql("UPDATE audit_event SET actor = 'dr-someone-else' WHERE seq = ?", edited);
        assertBrokenAt(edited, "altered");
        sql("UPDATE audit_event SET actor = 'dr-chain' WHERE seq = ?", edited);
        assertThat(verify().path("intact").asBoolean()).isTrue();

        List<Object> row = tables().event(removed);
        sql("DELETE FROM audit_event WHERE seq = ?", removed);
        assertBrokenAt(removed, "missing");
        tables().insertEvent(row);
        assertThat(verify().path("intact").asBoolean()).isTrue();

        swap(swapped, swapped + 1);
        assertBrokenAt(swapped, "does not follow");
        swap(swapped, swapped + 1);
        assertThat(verify().path("intact").asBoolean()).isTrue();
        assertThat(execute("cabinet:audit-verify")).contains("intact up to sequence");
    }

    @Test
    public void aSignedCheckpointCatchesEventsRemovedFromTheEndOfTheChain() throws Exception {
        AuditLog audit = service(AuditLog.class);
        audit.append(event("dr-tail", "gp", "p-1", AuditAction.READ, "patient", "p-1", AuditOutcome.SUCCESS,
                AccessBasis.CARE_RELATIONSHIP));
        RecordedEvent last = audit.append(event("dr-tail", "gp", "p-2", AuditAction.READ, "patient", "p-2",
                AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP));
        assertThat(execute("cabinet:audit-checkpoint")).contains("Checkpoint at sequence " + last.sequence());
        Path folder = Path.of(System.getProperty("karaf.base"), "audit-checkpoints");
        assertThat(Files.list(folder)).isNotEmpty();
        assertThat(verify().path("checkpoints").asInt()).isPositive();

        // an intruder removes the last event and moves the head back: the chain itself still holds
        List<Object> row = tables().event(last.sequence());
        String previousHash = (String) row.get(12);
        sql("DELETE FROM audit_event WHERE seq = ?", last.sequence());
        sql("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1", last.sequence() - 1, previousHash);

        JsonNode broken = verify();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("firstBroken").asLong()).isEqualTo(last.sequence());
        assertThat(broken.path("problem").asText()).contains("checkpoint");

        tables().insertEvent(row);
        sql("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1", last.sequence(), last.hash());
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    public void thePatientReportListsEveryReader() {
        String patient = "p-report-" + System.nanoTime();
        AuditLog audit = service(AuditLog.class);
        audit.append(event("dr-martin", "gp", patient, AuditAction.READ, "patient", patient, AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP));
        audit.append(event("sf-leroy", "midwife", patient, AuditAction.UPDATE, "record-entry", "e-1", AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP));
        audit.append(event("dr-urgence", "gp", patient, AuditAction.BREAK_GLASS, "patient", patient, AuditOutcome.SUCCESS, AccessBasis.BREAK_GLASS));
        audit.append(event("dr-urgence", "gp", patient, AuditAction.READ, "patient", patient, AuditOutcome.SUCCESS, AccessBasis.BREAK_GLASS));
        audit.append(event("dr-martin", "gp", "someone-else", AuditAction.READ, "patient", "someone-else", AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP));

        JsonNode answer = json(get("/api/audit/patients/" + patient + "/accesses", asAdmin()));
        assertThat(answer.path("completeFrom").isNull()).as("nothing archived: complete").isTrue();
        JsonNode report = answer.path("rows");
        assertThat(report).extracting(row -> row.path("actor").asText()).containsExactly("dr-martin", "sf-leroy",
                "dr-urgence", "dr-urgence");
        assertThat(report).extracting(row -> row.path("role").asText()).containsExactly("gp", "midwife", "gp", "gp");
        assertThat(report).extracting(row -> row.path("breakGlass").asBoolean()).containsExactly(false, false, true, true);

        var csv = get("/api/audit/patients/" + patient + "/accesses", admin().bearer(Map.of("Accept", "text/csv")));
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body().lines()).hasSize(5).first().asString().startsWith("sequence,time,actor,role");
        assertThat(csv.body()).contains("sf-leroy,midwife").doesNotContain("someone-else");
    }

    @Test
    public void bulkReadsOfDistinctPatientsRaiseAFreezeAlertWithinAMinute() throws Exception {
        String actor = "dr-bulk-" + System.nanoTime();
        AuditLog audit = service(AuditLog.class);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try (AlertWatch alerts = new AlertWatch(bundleContext)) {
            IntStream.range(0, 500).forEach(i -> readers.execute(() -> audit.append(read(actor, "bulk-" + i))));
            readers.shutdown();
            assertThat(readers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

            Event alert = alerts.next(actor, Duration.ofMinutes(1)).orElseThrow(() -> new AssertionError("no alert "
                    + "about " + actor));
            assertThat(alert.getTopic()).isEqualTo(Alert.TOPIC_PREFIX + "distinct-patients");
            assertThat(alert.getProperty("response")).isEqualTo(Alert.FREEZE_ACCOUNT);
            assertThat((String) alert.getProperty("detail")).doesNotContain("bulk-");
            JsonNode listed = json(get("/api/alerts", asAdmin()));
            assertThat(listed).anySatisfy(row -> {
                assertThat(row.path("actor").asText()).isEqualTo(actor);
                assertThat(row.path("response").asText()).isEqualTo(Alert.FREEZE_ACCOUNT);
            });
            assertThat(alerts.next(actor, Duration.ofSeconds(1))).as("one alert, not one per read").isEmpty();
        }
    }

    @Test
    public void aDistinctPatientsLimitLoweredInEtcIsObeyed() throws Exception {
        Configuration rules = service(ConfigurationAdmin.class).getConfiguration(RULES_PID, null);
        Dictionary<String, Object> before = rules.getProperties();
        Hashtable<String, Object> lowered = new Hashtable<>();
        Collections.list(before.keys()).forEach(key -> lowered.put(key, before.get(key)));
        lowered.put("distinct.patients.per.hour", "20");
        rules.update(lowered);
        String actor = "dr-limit-" + System.nanoTime();
        AuditLog audit = service(AuditLog.class);
        try (AlertWatch alerts = new AlertWatch(bundleContext)) {
            awaitDetectionRules("(distinct.patients.per.hour=20)");
            IntStream.range(0, 20).forEach(i -> audit.append(read(actor, "limit-" + i)));
            assertThat(alerts.next(actor, Duration.ofSeconds(3))).as("20 distinct patients: within the limit").isEmpty();

            audit.append(read(actor, "limit-20"));

            Event alert = alerts.next(actor, Duration.ofMinutes(1)).orElseThrow(() -> new AssertionError("no alert "
                    + "after 21 distinct patients"));
            assertThat(alert.getTopic()).isEqualTo(Alert.TOPIC_PREFIX + "distinct-patients");
            assertThat((String) alert.getProperty("detail")).contains("More than 20 distinct patients");
        } finally {
            rules.update(before);
            awaitDetectionRules("(!(distinct.patients.per.hour=20))");
        }
    }

    @Test
    public void aRolledBackWriteStillLeavesItsAttempt() {
        TestRecordStore store = service(TestRecordStore.class);
        TestRecordData existing = store.add(new TestRecordData(null, "Durand", null, null, "note"));
        TestRecordData fresh = new TestRecordData("fresh-" + System.nanoTime(), "Petit", null, null, "jamais");

        assertThatThrownBy(() -> store.addAll(List.of(fresh, existing))).isInstanceOf(RuntimeException.class);

        JsonNode attempts = rows("/api/audit/patients/" + fresh.id() + "/accesses");
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).path("action").asText()).isEqualTo("create");
        assertThat(attempts.get(0).path("outcome").asText()).isEqualTo("rolled_back");
        assertThat(rows("/api/audit/patients/" + existing.id() + "/accesses"))
                .extracting(row -> row.path("outcome").asText()).containsExactly("success", "rolled_back");
    }

    @Test
    public void whenTheLogCannotBeWrittenTheWriteIsRefusedAndNothingIsStored() throws Exception {
        TestRecordStore store = service(TestRecordStore.class);
        long before = store.count();
        tables().renameTable("audit_event", "audit_event_away");
        try {
            assertThatThrownBy(() -> store.add(new TestRecordData(null, "Refus", null, null, "jamais")))
                    .isInstanceOf(AuditUnavailableException.class);
        } finally {
            tables().renameTable("audit_event_away", "audit_event");
        }
        assertThat(store.count()).isEqualTo(before);
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    /** @return the rows of an access report */
    private JsonNode rows(String path) {
        return json(get(path, asAdmin())).path("rows");
    }

    private static AuditEvent read(String actor, String patient) {
        return event(actor, "gp", patient, AuditAction.READ, "patient", patient, AuditOutcome.SUCCESS,
                AccessBasis.CARE_RELATIONSHIP);
    }

    /** Waits until the detection rules run with the configuration the filter describes. */
    private void awaitDetectionRules(String configuration) throws Exception {
        String filter = "(&(objectClass=org.cabinet.audit.internal.AuditListener)" + configuration + ")";
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (bundleContext.getServiceReferences((String) null, filter) == null) {
            assertThat(System.nanoTime()).as("detection rules with " + configuration).isLessThan(deadline);
            sleep(Duration.ofMillis(100));
        }
    }

    private static AuditEvent event(String actor, String role, String patient, AuditAction action, String type,
            String id, AuditOutcome outcome, AccessBasis basis) {
        return new AuditEvent(actor, role, patient, action, type, id, outcome, basis, "127.0.0.1");
    }

    private JsonNode verify() {
        return json(get("/api/audit/verify", asAdmin()));
    }

    private void assertBrokenAt(long sequence, String problem) {
        JsonNode verification = verify();
        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("firstBroken").asLong()).isEqualTo(sequence);
        assertThat(verification.path("problem").asText()).contains(problem);
        assertThat(execute("cabinet:audit-verify")).contains("broken at sequence " + sequence);
    }

    private AuditTables tables() {
        return new AuditTables(service(DataSource.class, CabinetPersistence.DATA_SOURCE_FILTER));
    }

    /** Swaps everything but the sequence numbers of two events, as an intruder reordering the log would. */
    private void swap(long first, long second) throws SQLException {
        List<Object> a = tables().event(first);
        List<Object> b = tables().event(second);
        sql("DELETE FROM audit_event WHERE seq = ? OR seq = ?", first, second);
        a.set(0, second);
        b.set(0, first);
        tables().insertEvent(b);
        tables().insertEvent(a);
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        tables().sql(statement, parameters);
    }
}
