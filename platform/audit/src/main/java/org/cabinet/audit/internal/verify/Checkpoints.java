package org.cabinet.audit.internal.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.api.time.Clock;
import org.cabinet.audit.internal.AuditWriter;
import org.cabinet.audit.internal.store.AuditRepository;
import org.cabinet.audit.internal.store.AuditRepository.Head;
import org.osgi.framework.BundleContext;
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
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cabinet-audit-checkpoints");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public Checkpoints(CheckpointsConfig config, BundleContext context, @Reference AuditRepository repository,
            @Reference Signatures signatures, @Reference Clock clock, @Reference AuditWriter writer) {
        this.repository = repository;
        this.signatures = signatures;
        this.clock = clock;
        this.node = writer.node();
        this.folder = Path.of(Objects.requireNonNullElse(context.getProperty("karaf.base"), "."))
                .resolve(config.checkpoints()).toAbsolutePath().normalize();
        long minutes = Math.max(1, config.checkpoint_interval_minutes());
        schedule.scheduleAtFixedRate(this::writeQuietly, minutes, minutes, TimeUnit.MINUTES);
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
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".checkpoint", ".tmp");
        Files.writeString(temporary, checkpoint.text(), StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(Checkpoint.fileName(head.sequence())), StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(checkpoint);
    }

    /** @return every checkpoint in the folder, by sequence; a file that is no checkpoint at all is an error */
    public List<Checkpoint> all() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Checkpoint> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches("checkpoint-\\d{19}\\.txt"))
                    .sorted().toList()) {
                found.add(Checkpoint.parse(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return found;
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
