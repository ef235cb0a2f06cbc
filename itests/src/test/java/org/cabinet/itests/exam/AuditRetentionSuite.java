package org.cabinet.itests.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.time.Clock;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Retention in the distribution, with {@code etc/org.cabinet.audit.cfg} keeping 6 months in the database and
 * archiving to a folder of its own: once the clock has moved past them, older events leave the database for signed
 * segments that the verifier still walks, the access reports say from when they are complete, and a segment
 * tampered with or deleted, or a forged anchor, is named. On the database the subclass configures.
 */
public abstract class AuditRetentionSuite extends CabinetTestSupport {

    private static final String AUDIT_CONFIG = "etc/org.cabinet.audit.cfg";
    private static final int RETENTION_MONTHS = 6;
    private static final String ARCHIVE = "second-disk/audit-archive";

    /** The retention and archive folder in etc/, plus the database options of the subclass. */
    protected Option[] retentionOptions(Option... database) {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.add(editConfigurationFilePut(AUDIT_CONFIG, "retention.months", Integer.toString(RETENTION_MONTHS)));
        options.add(editConfigurationFilePut(AUDIT_CONFIG, "archive", ARCHIVE));
        options.addAll(List.of(database));
        return options.toArray(Option[]::new);
    }

    /** The administrator who reads the reports is made before any test moves the clock. */
    @Before
    public void administratorFirst() {
        admin();
    }

    @Test
    public void eventsOlderThanTheRetentionLeaveTheDatabaseForSegmentsTheVerifierStillWalks() throws Exception {
        AuditLog audit = service(AuditLog.class);
        String patient = "p-kept-" + System.nanoTime();
        List<RecordedEvent> old = IntStream.range(0, 30).mapToObj(i -> audit.append(read("dr-old", i == 0 ? patient
                : "p-old-" + i))).toList();
        RecordedEvent recent = appendLater(audit, read("dr-recent", patient));

        String archived = archiveAsOf(recent.time());

        long lastOld = old.get(old.size() - 1).sequence();
        assertThat(archived).contains("Archived", " to " + lastOld + ",", archive().toString());
        assertThat(count("seq <= " + lastOld)).isZero();
        assertThat(count("seq = " + recent.sequence())).isOne();
        assertThat(segments()).isNotEmpty();
        assertThat(Path.of(System.getProperty("karaf.base"), "audit-checkpoints", String.format("anchor-%019d.txt",
                lastOld))).exists();
        JsonNode verification = verify();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("archivedUpTo").asLong()).isEqualTo(lastOld);
        assertThat(verification.path("verifiedUpTo").asLong()).isGreaterThanOrEqualTo(recent.sequence());
        assertThat(execute("cabinet:audit-verify")).contains("archived segments up to sequence " + lastOld);

        var report = get("/api/audit/patients/" + patient + "/accesses", asAdmin());
        JsonNode answer = json(report);
        assertThat(answer.path("rows")).extracting(row -> row.path("actor").asText()).containsExactly("dr-recent");
        Instant completeFrom = Instant.parse(answer.path("completeFrom").asText());
        assertThat(completeFrom).isAfter(old.get(old.size() - 1).time()).isBeforeOrEqualTo(recent.time());
        assertThat(report.headers().firstValue("Cabinet-Complete-From")).hasValue(completeFrom.toString());
    }

    @Test
    public void aTamperedSegmentIsNamedAndHoldsAgainOnceRestored() throws Exception {
        RecordedEvent marker = archiveEverythingSoFar();
        Path segment = segments().get(segments().size() - 1);
        byte[] original = Files.readAllBytes(segment);
        try {
            rewrite(segment, line -> line.startsWith("{\"seq\":" + marker.sequence() + ",")
                    ? line.replace("\"actor\":\"dr-marker\"", "\"actor\":\"dr-forger\"") : line);

            JsonNode verification = verify();
            assertThat(verification.path("intact").asBoolean()).isFalse();
            assertThat(verification.path("firstBroken").asLong()).isEqualTo(marker.sequence());
            assertThat(verification.path("location").asText()).isEqualTo(segment.getFileName().toString());
            assertThat(execute("cabinet:audit-verify")).contains("broken at sequence " + marker.sequence(),
                    segment.getFileName().toString());
        } finally {
            Files.write(segment, original);
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    public void aDeletedSegmentIsNamedByTheAnchor() throws Exception {
        RecordedEvent marker = archiveEverythingSoFar();
        Path segment = segments().get(segments().size() - 1);
        Path away = Files.move(segment, Files.createTempDirectory("moved").resolve(segment.getFileName()));
        try {
            JsonNode verification = verify();
            assertThat(verification.path("intact").asBoolean()).isFalse();
            assertThat(verification.path("firstBroken").asLong()).isLessThanOrEqualTo(marker.sequence());
            assertThat(verification.path("location").asText()).isEqualTo(segment.getFileName().toString());
            assertThat(verification.path("problem").asText()).contains("a segment was deleted or moved");
        } finally {
            Files.move(away, segment);
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    public void aForgedAnchorHidingDeletedEventsIsNamed() throws Exception {
        archiveEverythingSoFar();
        AuditLog audit = service(AuditLog.class);
        RecordedEvent hidden = audit.append(read("dr-hidden", "p-hidden"));
        audit.append(read("dr-after", "p-after"));
        List<Object> anchor = anchorRow();
        AuditTables tables = tables();
        List<Object> row = tables.event(hidden.sequence());
        try {
            // an intruder removes an event and moves the anchor over it, as if it had been archived
            tables.sql("DELETE FROM audit_event WHERE seq = ?", hidden.sequence());
            tables.sql("UPDATE audit_archive_anchor SET seq = ?, hash = ? WHERE id = 1", hidden.sequence(),
                    hidden.hash());

            JsonNode verification = verify();
            assertThat(verification.path("intact").asBoolean()).isFalse();
            assertThat(verification.path("location").asText()).isEqualTo("database");
            assertThat(verification.path("problem").asText()).contains("anchor", "forged");
        } finally {
            tables.insertEvent(row);
            tables.sql("UPDATE audit_archive_anchor SET seq = ?, hash = ?, recorded_us = ?, segment = ?, "
                    + "signature = ? WHERE id = 1", anchor.toArray());
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    /** Archives every event recorded so far, the last of them {@code dr-marker}'s. */
    private RecordedEvent archiveEverythingSoFar() throws Exception {
        AuditLog audit = service(AuditLog.class);
        RecordedEvent marker = audit.append(read("dr-marker", "p-marker"));
        RecordedEvent after = appendLater(audit, read("dr-later", "p-later"));
        assertThat(archiveAsOf(after.time())).contains("Archived", " to " + marker.sequence() + ",");
        return marker;
    }

    /** @return the event, recorded strictly after every event before it */
    private static RecordedEvent appendLater(AuditLog audit, AuditEvent event) {
        sleep(Duration.ofMillis(20));
        return audit.append(event);
    }

    /**
     * Moves the clock to when {@code cutoff} is exactly the retention ago, and archives at the console.
     *
     * @return what the console said
     */
    private String archiveAsOf(Instant cutoff) {
        Instant now = cutoff.atOffset(ZoneOffset.UTC).plusMonths(RETENTION_MONTHS).toInstant();
        Hashtable<String, Object> ranking = new Hashtable<>(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE));
        ServiceRegistration<Clock> moved = bundleContext.registerService(Clock.class, new Clock() {
            @Override
            public Instant now() {
                return now;
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Europe/Paris");
            }
        }, ranking);
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            String answer = execute("cabinet:audit-archive");
            // the archiver takes the moved clock as it comes: until then it finds nothing to archive
            while (answer.startsWith("Nothing to archive") && System.nanoTime() < deadline) {
                sleep(Duration.ofMillis(200));
                answer = execute("cabinet:audit-archive");
            }
            return answer;
        } finally {
            moved.unregister();
        }
    }

    private Path archive() {
        return Path.of(System.getProperty("karaf.base"), ARCHIVE).toAbsolutePath().normalize();
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(archive())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".ndjson.gz")).sorted().toList();
        }
    }

    /** Rewrites a segment's lines as someone with gzip and a text editor would. */
    private static void rewrite(Path segment, UnaryOperator<String> edit) throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(segment))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(segment))) {
            for (String line : text.lines().toList()) {
                out.write((edit.apply(line) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private JsonNode verify() {
        return json(get("/api/audit/verify", asAdmin()));
    }

    private static AuditEvent read(String actor, String patient) {
        return new AuditEvent(actor, "gp", patient, AuditAction.READ, "patient", patient, AuditOutcome.SUCCESS,
                AccessBasis.CARE_RELATIONSHIP, "127.0.0.1");
    }

    private AuditTables tables() {
        return new AuditTables(service(DataSource.class, CabinetPersistence.DATA_SOURCE_FILTER));
    }

    private long count(String where) throws SQLException {
        return (Long) tables().firstRow("SELECT COUNT(*) FROM audit_event WHERE " + where).get(0);
    }

    private List<Object> anchorRow() throws SQLException {
        return tables().firstRow("SELECT seq, hash, recorded_us, segment, signature FROM audit_archive_anchor "
                + "WHERE id = 1");
    }
}
