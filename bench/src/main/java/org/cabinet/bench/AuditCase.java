package org.cabinet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.commons.dbcp2.PoolableConnection;
import org.apache.commons.dbcp2.PoolingDataSource;
import org.cabinet.api.crypto.Signatures;
import org.cabinet.api.time.Clock;
// the audit log Cabinet runs, on the plain class path: the benchmark measures the real writer
import org.cabinet.audit.internal.AuditWriter;
import org.cabinet.audit.internal.archive.ArchiveAnchors;
import org.cabinet.audit.internal.archive.AuditFolders;
import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.retention.ArchiveRun;
import org.cabinet.audit.internal.retention.ArchiveSettings;
import org.cabinet.audit.internal.retention.Archiving;
import org.cabinet.audit.internal.store.AuditRepository;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;
import org.cabinet.audit.internal.verify.ChainVerifier;
import org.cabinet.audit.internal.verify.Checkpoints;
import org.cabinet.audit.internal.verify.Verification;

/**
 * One database of the audit benchmark: the audit tables made by their changelog, a pool as
 * Cabinet's, and Cabinet's own {@link AuditWriter} and {@link AuditRepository} over it.
 */
final class AuditCase implements AutoCloseable {

    /** What one measured window gave; waits in milliseconds. */
    record Round(double perSecond, double p50, double p95, double p99, double perCommit) {
    }

    private final String name;
    private final PoolingDataSource<PoolableConnection> pool;
    private final AuditRepository repository;
    private final AuditWriter writer;
    private final AuditLoad load;
    private final List<Round> oneCaller = new ArrayList<>();
    private final List<Round> manyCallers = new ArrayList<>();
    private long appended;

    /** @param batchMax most events one commit carries, as {@code batch.max} in {@code etc/org.cabinet.audit.cfg} */
    AuditCase(String name, ConnectionSource database, int batchMax) throws Exception {
        this.name = name;
        this.pool = CabinetPool.over(database);
        AuditSchema.create(pool);
        this.repository = new AuditRepository(pool);
        this.writer = new AuditWriter(repository, new SystemClock(), "bench", batchMax);
        this.load = new AuditLoad(writer);
    }

    String name() {
        return name;
    }

    /**
     * Appends for the warm-up, then for the measured window, and keeps the window's figures. The
     * commits are counted afterwards, not timed: a batch's events share one time, so the window's
     * distinct times are its commits.
     */
    Round measure(int callers, Duration warmup, Duration window) throws SQLException, InterruptedException {
        if (!warmup.isZero()) {
            appended += load.run(callers, warmup).events();
        }
        long before = repository.head().sequence();
        AuditLoad.Appended result = load.run(callers, window);
        appended += result.events();
        long commits = commitsAfter(before, result.events());
        Round round = new Round(result.perSecond(), result.waitMillis(0.50), result.waitMillis(0.95),
                result.waitMillis(0.99), (double) result.events() / commits);
        (callers == 1 ? oneCaller : manyCallers).add(round);
        return round;
    }

    /** One figure of each measured window, in order; 1 caller or many. */
    List<Double> figure(boolean concurrent, ToDoubleFunction<Round> figure) {
        return (concurrent ? manyCallers : oneCaller).stream().map(figure::applyAsDouble).toList();
    }

    /**
     * Walks the whole chain, not timed: as many events as appends returned, every sequence number
     * once and in order, every event linked to the one before, every hash what its content gives,
     * and the head on the last event.
     *
     * @return the number of events
     */
    long verifyChain() throws SQLException {
        ChainWalk walk = new ChainWalk();
        repository.forEach(1, walk::visit);
        if (walk.broken != null) {
            throw new IllegalStateException(name + ": the audit chain is broken at " + walk.broken);
        }
        if (walk.last != appended || repository.head().sequence() != walk.last
                || !repository.head().hash().equals(walk.previous)) {
            throw new IllegalStateException(name + ": " + appended + " appends returned but the chain holds " + walk.last
                    + " events and its head says " + repository.head().sequence());
        }
        return walk.last;
    }

    /** What archiving the whole chain took, and verifying it across its segments afterwards. */
    record Archived(long events, int segments, double seconds, long bytes, double verifySeconds) {
    }

    /**
     * Archives every event into segments in {@code folder}, as Cabinet's archiving does once they are older than
     * the retention, then walks the chain across the segments, the anchor and the (now empty) table.
     */
    Archived archiveAll(Path folder, Signatures signatures) throws Exception {
        AuditFolders folders = new AuditFolders(folder, "audit-checkpoints", "audit-archive");
        ArchiveAnchors anchors = new ArchiveAnchors(repository);
        long start = System.nanoTime();
        ArchiveRun run = new Archiving(repository, anchors, folders.archive(), folders.anchorFiles(), signatures,
                ArchiveSettings.defaults().segmentEvents(), step -> {
                }).before(Instant.now().plusSeconds(1), Instant.now());
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = 0;
        for (Path segment : folders.archive().segments()) {
            bytes += Files.size(segment);
        }
        Checkpoints checkpoints = new Checkpoints(folders, repository, signatures, new SystemClock(), "bench");
        start = System.nanoTime();
        Verification verification = new ChainVerifier(repository, anchors, folders, checkpoints, signatures).verify();
        double verifySeconds = (System.nanoTime() - start) / 1e9;
        if (!verification.intact() || run.events() != appended || verification.archivedUpTo() != appended) {
            throw new IllegalStateException(name + ": " + appended + " events, " + run.events() + " archived: "
                    + verification.describe());
        }
        return new Archived(run.events(), run.segments(), seconds, bytes, verifySeconds);
    }

    /** Stops the writer thread, then closes the pool. */
    @Override
    public void close() throws Exception {
        try {
            writer.close();
        } finally {
            pool.close();
        }
    }

    private long commitsAfter(long sequence, long events) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*), COUNT(DISTINCT recorded_us) FROM audit_event WHERE seq > ?")) {
            count.setLong(1, sequence);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                if (row.getLong(1) != events) {
                    throw new IllegalStateException(name + ": " + events + " appends returned but " + row.getLong(1)
                            + " events were recorded");
                }
                return row.getLong(2);
            }
        }
    }

    /** The state of one walk along the chain. */
    private static final class ChainWalk {
        private long last;
        private String previous = ChainHash.GENESIS;
        private String broken;

        void visit(StoredEvent event) {
            if (broken != null) {
                return;
            }
            if (event.sequence() != last + 1 || !event.previousHash().equals(previous) || !event.readable()
                    || !event.expectedHash().equals(event.hash())) {
                broken = "sequence " + event.sequence();
            }
            last = event.sequence();
            previous = event.hash();
        }
    }

    /** The system's time in Cabinet's default zone, as Cabinet's own clock gives it. */
    private static final class SystemClock implements Clock {

        private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public ZoneId zone() {
            return PARIS;
        }
    }
}
