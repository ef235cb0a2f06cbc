package org.cabinet.audit.internal.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.audit.internal.AuditWriter;
import org.cabinet.audit.internal.archive.ArchiveAnchors;
import org.cabinet.audit.internal.archive.AuditFolders;
import org.cabinet.audit.internal.retention.ArchiveRun;
import org.cabinet.audit.internal.retention.Archiving;
import org.cabinet.audit.internal.store.AuditRepository;
import org.cabinet.audit.internal.verify.ChainVerifier;
import org.cabinet.audit.internal.verify.Checkpoints;
import org.cabinet.audit.internal.verify.Verification;

/**
 * The audit log as the bundle runs it, outside OSGi: a real embedded Derby, the writer, the archive and the
 * checkpoints in a folder of the test's, the archiving and the verifier; time stands still until moved.
 */
public final class TestAudit implements AutoCloseable {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-01-15T09:00:00Z"));
    private final TestSignatures signatures = new TestSignatures();
    private final DataSource dataSource;
    private final AuditRepository repository;
    private final AuditWriter writer;
    private final AuditFolders folders;
    private final ArchiveAnchors anchors;
    private final Checkpoints checkpoints;
    private final ChainVerifier verifier;

    public TestAudit(Path base) throws Exception {
        dataSource = TestDatabase.create();
        repository = new AuditRepository(dataSource);
        writer = new AuditWriter(repository, clock, "test", AuditWriter.DEFAULT_BATCH_MAX);
        folders = new AuditFolders(base, "audit-checkpoints", "audit-archive");
        anchors = new ArchiveAnchors(repository);
        checkpoints = new Checkpoints(folders, repository, signatures, clock, "test");
        verifier = new ChainVerifier(repository, anchors, folders, checkpoints, signatures);
    }

    public MovableClock clock() {
        return clock;
    }

    public TestSignatures signatures() {
        return signatures;
    }

    public AuditFolders folders() {
        return folders;
    }

    public ArchiveAnchors anchors() {
        return anchors;
    }

    public Checkpoints checkpoints() {
        return checkpoints;
    }

    /** Appends reads of distinct patients by one account, each in its own commit. */
    public List<RecordedEvent> append(int count, String actor) {
        return IntStream.range(0, count).mapToObj(i -> writer.append(new AuditEvent(actor, "gp", "p-" + i,
                AuditAction.READ, "patient", "p-" + i, AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP,
                "127.0.0.1"))).toList();
    }

    public Archiving archiving(int segmentEvents, Archiving.Progress progress) {
        return new Archiving(repository, anchors, folders.archive(), folders.anchorFiles(), signatures, segmentEvents,
                progress);
    }

    public ArchiveRun archiveBefore(Instant cutoff, int segmentEvents) throws Exception {
        return archiving(segmentEvents, step -> {
        }).before(cutoff, clock.now());
    }

    public Verification verify() throws Exception {
        return verifier.verify();
    }

    /** @return the events in the database */
    public long online() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM audit_event");
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    public int sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }

    @Override
    public void close() throws Exception {
        writer.close();
        TestDatabase.drop(dataSource);
    }
}
