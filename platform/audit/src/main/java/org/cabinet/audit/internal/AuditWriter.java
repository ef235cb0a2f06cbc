package org.cabinet.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.api.health.HealthCheck;
import org.cabinet.api.health.HealthStatus;
import org.cabinet.api.time.Clock;
import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.store.AuditRepository;
import org.cabinet.audit.internal.store.AuditRepository.Head;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AuditLog}: callers queue their events and wait; one writer thread takes whatever is queued (up to a
 * batch), chains it after the head, inserts it and moves the head in one transaction, commits once, and only then
 * releases the callers. Many concurrent callers thus share each durable commit. When the batch cannot be
 * committed every caller in it gets {@link AuditUnavailableException} and must refuse its request.
 */
@Component(service = { AuditLog.class, AuditWriter.class, HealthCheck.class }, property = HealthCheck.NAME + "=audit",
        configurationPid = AuditWriter.PID)
@Designate(ocd = AuditConfig.class)
public final class AuditWriter implements AuditLog, HealthCheck {

    static final String PID = "org.cabinet.audit";
    /** most events one durable commit carries, unless {@code batch.max} says otherwise */
    public static final int DEFAULT_BATCH_MAX = 500;

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);
    private static final long CALLER_WAIT_SECONDS = 30;
    private static final int QUEUE_CAPACITY = 20_000;
    private static final int CONCURRENT_NODE_RETRIES = 5;

    private final AuditRepository repository;
    private final Clock clock;
    private final String node;
    private final int batchMax;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final List<AuditListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread writer;
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(
            DaemonThreads.named("cabinet-audit-listeners"));
    private volatile boolean running = true;

    @Activate
    public AuditWriter(AuditConfig config, BundleContext context, @Reference AuditRepository repository,
            @Reference Clock clock) {
        this(repository, clock, config.node().isBlank()
                ? Objects.requireNonNullElse(context.getProperty("karaf.name"), "cabinet")
                : config.node().strip(), config.batch_max());
    }

    /**
     * Starts the writer thread outside OSGi (the benchmark uses it); {@link #close()} stops it.
     *
     * @param node     this node's name in every event
     * @param batchMax most events one durable commit carries (at least 1)
     */
    public AuditWriter(AuditRepository repository, Clock clock, String node, int batchMax) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.node = Objects.requireNonNull(node, "node");
        this.batchMax = Math.max(1, batchMax);
        this.writer = new Thread(this::writeLoop, "cabinet-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stops the writer thread after the batch it is writing; the events still queued are refused. */
    @Deactivate
    public void close() throws InterruptedException {
        running = false;
        writer.interrupt();
        writer.join(TimeUnit.SECONDS.toMillis(CALLER_WAIT_SECONDS));
        notifier.shutdown();
        failAll(List.copyOf(queue), new IllegalStateException("the audit log is stopping"));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(AuditListener listener) {
        listeners.add(listener);
    }

    void removeListener(AuditListener listener) {
        listeners.remove(listener);
    }

    public String node() {
        return node;
    }

    @Override
    public HealthStatus check() {
        try {
            return HealthStatus.up("recording; " + repository.head().sequence() + " events in the chain");
        } catch (SQLException e) {
            return HealthStatus.down("the audit log cannot be read: " + e.getMessage());
        }
    }

    @Override
    public RecordedEvent append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        Pending pending = new Pending(event, new CompletableFuture<>());
        try {
            if (!running || !queue.offer(pending, CALLER_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AuditUnavailableException("the audit log is not accepting events", null);
            }
            return pending.done().get(CALLER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("interrupted while waiting for the audit log", e);
        } catch (ExecutionException e) {
            throw new AuditUnavailableException("the audit log could not record the event: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new AuditUnavailableException("the audit log did not record the event within "
                    + CALLER_WAIT_SECONDS + " s", e);
        }
    }

    private void writeLoop() {
        while (running) {
            List<Pending> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue;
            }
            queue.drainTo(batch, batchMax - 1);
            try {
                List<RecordedEvent> recorded = write(batch);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(recorded.get(i));
                }
                notifyListeners(recorded);
            } catch (SQLException | RuntimeException e) {
                LOG.error("The audit log could not record {} events; their requests are refused: {}", batch.size(),
                        e.getMessage());
                failAll(batch, e);
            }
        }
    }

    private List<RecordedEvent> write(List<Pending> batch) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try (Connection connection = repository.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try {
                    Head head = repository.head(connection);
                    long time = ChainHash.micros(clock.now());
                    List<StoredEvent> chained = chain(head, time, batch);
                    if (repository.append(connection, head, chained)) {
                        connection.commit();
                        return chained.stream().map(StoredEvent::recorded).toList();
                    }
                    connection.rollback();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    if (attempt >= CONCURRENT_NODE_RETRIES) {
                        throw e;
                    }
                    // most likely another node appended the same sequence numbers: read the new head and chain again
                    continue;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
            if (attempt >= CONCURRENT_NODE_RETRIES) {
                throw new SQLException("the audit chain head kept moving under " + CONCURRENT_NODE_RETRIES + " attempts");
            }
        }
    }

    private List<StoredEvent> chain(Head head, long time, List<Pending> batch) {
        List<StoredEvent> chained = new ArrayList<>(batch.size());
        long sequence = head.sequence();
        String previous = head.hash();
        for (Pending pending : batch) {
            sequence++;
            String hash = ChainHash.of(sequence, time, node, pending.event(), previous);
            chained.add(new StoredEvent(sequence, time, node, pending.event(), previous, hash));
            previous = hash;
        }
        return chained;
    }

    private void notifyListeners(List<RecordedEvent> recorded) {
        if (listeners.isEmpty()) {
            return;
        }
        notifier.execute(() -> listeners.forEach(listener -> {
            try {
                listener.recorded(recorded);
            } catch (RuntimeException e) {
                LOG.error("An audit listener failed: {}", e.toString());
            }
        }));
    }

    private static void failAll(List<Pending> batch, Exception cause) {
        batch.forEach(pending -> pending.done().completeExceptionally(cause));
    }

    private record Pending(AuditEvent event, CompletableFuture<RecordedEvent> done) {
    }
}
