package org.cabinet.audit.internal.retention;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.api.health.HealthCheck;
import org.cabinet.api.health.HealthStatus;
import org.cabinet.api.time.Clock;
import org.cabinet.audit.internal.DaemonThreads;
import org.cabinet.audit.internal.archive.ArchiveAnchors;
import org.cabinet.audit.internal.archive.AuditFolders;
import org.cabinet.audit.internal.store.AuditRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code retention.months} of audit events in the database and archives older ones into signed segments
 * outside it ({@link Archiving}): a few minutes after each start (a practice's machine may sleep at night),
 * every day at {@code archive.hour}, and on demand ({@code cabinet:audit-archive}). As a health check it warns
 * when the last run failed, e.g. when the archive's disk is not mounted; the events then stay in the database.
 */
@Component(service = { AuditArchiver.class, HealthCheck.class }, property = HealthCheck.NAME + "=auditArchive",
        configurationPid = "org.cabinet.audit")
public final class AuditArchiver implements HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AuditArchiver.class);
    private static final Duration AFTER_START = Duration.ofMinutes(10);

    private final AuditRepository repository;
    private final ArchiveAnchors anchors;
    private final AuditFolders folders;
    private final Signatures signatures;
    private final Clock clock;
    private final ArchiveSettings settings;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("cabinet-audit-archiver"));
    private volatile HealthStatus health;

    @Activate
    public AuditArchiver(ArchiveConfig config, @Reference AuditRepository repository,
            @Reference ArchiveAnchors anchors, @Reference AuditFolders folders, @Reference Signatures signatures,
            // greedy: a clock that replaces the system's (a test moving time) is taken at once
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        this.repository = repository;
        this.anchors = anchors;
        this.folders = folders;
        this.signatures = signatures;
        this.clock = clock;
        this.settings = settings(config);
        this.health = HealthStatus.up("events older than " + settings.retentionMonths() + " months are archived in "
                + folders.archive().path() + "; first run " + AFTER_START.toMinutes() + " minutes after the start");
        schedule.schedule(this::runAndReschedule, AFTER_START.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        schedule.shutdownNow();
    }

    public Path folder() {
        return folders.archive().path();
    }

    /**
     * Archives now every event recorded more than {@code retention.months} ago.
     *
     * @throws IllegalStateException when the chain or the archive does not hold: nothing more is archived
     */
    public synchronized ArchiveRun archive() throws SQLException, IOException {
        try {
            ArchiveRun run = new Archiving(repository, anchors, folders.archive(), folders.anchorFiles(), signatures,
                    settings.segmentEvents(), step -> {
                    }).before(settings.cutoff(clock.now()), clock.now());
            health = HealthStatus.up(run.describe(folder()));
            return run;
        } catch (SQLException | IOException | RuntimeException e) {
            health = HealthStatus.warn("The last archiving of the audit log failed; the events stay in the database: "
                    + e.getMessage());
            throw e;
        }
    }

    @Override
    public HealthStatus check() {
        return health;
    }

    private void runAndReschedule() {
        try {
            ArchiveRun run = archive();
            if (run.events() > 0) {
                LOG.info("{}", run.describe(folder()));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.error("The audit log could not be archived; its events stay in the database: {}", e.getMessage());
        }
        schedule.schedule(this::runAndReschedule, untilNextRun().toMillis(), TimeUnit.MILLISECONDS);
    }

    private Duration untilNextRun() {
        ZonedDateTime now = clock.localNow();
        ZonedDateTime next = now.truncatedTo(ChronoUnit.HOURS).withHour(settings.hour());
        return Duration.between(now, next.isAfter(now) ? next : next.plusDays(1));
    }

    /** The configured settings, or the defaults (said once in the log) when one is out of range. */
    private static ArchiveSettings settings(ArchiveConfig config) {
        try {
            return new ArchiveSettings(config.retention_months(), config.archive_hour(),
                    config.archive_segment_events());
        } catch (IllegalArgumentException e) {
            LOG.error("etc/org.cabinet.audit.cfg: {}; the audit archiving uses its defaults", e.getMessage());
            return ArchiveSettings.defaults();
        }
    }
}
