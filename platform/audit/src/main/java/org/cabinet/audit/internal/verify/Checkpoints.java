package org.cabinet.audit.internal.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.api.time.Clock;
import org.cabinet.audit.internal.AuditWriter;
import org.cabinet.audit.internal.DaemonThreads;
import org.cabinet.audit.internal.archive.AuditFolders;
import org.cabinet.audit.internal.archive.DurableFiles;
import org.cabinet.audit.internal.archive.StatementText;
import org.cabinet.audit.internal.store.AuditRepository;
import org.cabinet.audit.internal.store.AuditRepository.Head;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a signed checkpoint of the chain head into a folder outside the database at a fixed interval (and on
 * demand), when events came since the last one; reads them back for the verifier.
 */
@Component(service = Checkpoints.class, configurationPid = "org.cabinet.audit")
public final class Checkpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final AuditRepository repository;
    private final Signatures signatures;
    private final Clock clock;
    private final String node;
    private final Path folder;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("cabinet-audit-checkpoints"));

    @Activate
    public Checkpoints(CheckpointsConfig config, @Reference AuditFolders folders, @Reference AuditRepository repository,
            @Reference Signatures signatures, @Reference Clock clock, @Reference AuditWriter writer) {
        this(folders, repository, signatures, clock, writer.node());
        long minutes = Math.max(1, config.checkpoint_interval_minutes());
        schedule.scheduleAtFixedRate(this::writeQuietly, minutes, minutes, TimeUnit.MINUTES);
    }

    /** Writes checkpoints on demand only (outside OSGi: tests). */
    public Checkpoints(AuditFolders folders, AuditRepository repository, Signatures signatures, Clock clock,
            String node) {
        this.repository = repository;
        this.signatures = signatures;
        this.clock = clock;
        this.node = node;
        this.folder = folders.checkpoints();
    }

    @Deactivate
    void deactivate() {
        schedule.shutdownNow();
    }

    public Path folder() {
        return folder;
    }

    /** @return the checkpoint written, or empty when the head has not moved since the last one */
    public synchronized Optional<Checkpoint> write() throws SQLException, IOException {
        Head head = repository.head();
        List<Checkpoint> existing = all();
        if (head.sequence() == 0 || (!existing.isEmpty() && existing.get(existing.size() - 1).sequence() >= head.sequence())) {
            return Optional.empty();
        }
        Checkpoint unsigned = new Checkpoint(head.sequence(), head.hash(), clock.now(), node, "");
        Checkpoint checkpoint = new Checkpoint(head.sequence(), head.hash(), unsigned.time(), node,
                signatures.sign(unsigned.signedContent()));
        DurableFiles.write(folder.resolve(Checkpoint.fileName(head.sequence())),
                out -> out.write(checkpoint.text().getBytes(StandardCharsets.UTF_8)));
        return Optional.of(checkpoint);
    }

    /** @return every checkpoint in the folder, by sequence; a file that is no checkpoint at all is an error */
    public List<Checkpoint> all() throws IOException {
        return StatementText.readAll(folder, "checkpoint-\\d{19}\\.txt", Checkpoint::parse);
    }

    public boolean isSigned(Checkpoint checkpoint) {
        return signatures.verify(checkpoint.signedContent(), checkpoint.signature());
    }

    private void writeQuietly() {
        try {
            write().ifPresent(written -> LOG.info("Audit checkpoint at sequence {} in {}", written.sequence(), folder));
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.error("The audit checkpoint could not be written to {}: {}", folder, e.getMessage());
        }
    }
}
