package org.cabinet.bench;

import static org.cabinet.bench.BenchOptions.seconds;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.audit.internal.AuditWriter;
import org.cabinet.audit.internal.retention.ArchiveSettings;

/**
 * Audit events appended durably per second through Cabinet's own audit writer, with 1 and with n
 * concurrent callers, on embedded Derby encrypted as Cabinet encrypts it and on PostgreSQL, and how
 * long a caller waits for its event to be committed (p50, p95, p99), with the events each commit
 * carried. The cases take turns round after round, as in {@link WriteBenchmark}. Run by
 * {@code bench/audit.sh}; see {@code bench/README.md}.
 */
public final class AuditBenchmark {

    private static final String DERBY = "Derby (AES)";
    private static final String POSTGRES = "PostgreSQL";
    private static final BenchOptions.Defaults DEFAULTS = new BenchOptions.Defaults("2", "0.5", 5, "callers", 16,
            "audit-bench");

    private final BenchOptions options;
    private final PrintStream out = System.out;
    private final PrintStream log = System.err;
    private final List<AuditCase> cases = new ArrayList<>();
    private final List<String> chains = new ArrayList<>();
    private final List<String> archives = new ArrayList<>();
    private String postgresSkipped;

    private AuditBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BenchMain.run(args, DEFAULTS, options -> new AuditBenchmark(options).run());
    }

    private void run() throws Exception {
        DerbyDatabase.prepareEngine(options.work());
        String loadAtStart = MachineFacts.loadAverage();
        log.printf("Audit benchmark: %d rounds of %s windows (after %s warm-up each), 1 and %d callers; work folder %s%n",
                options.rounds(), seconds(options.measure()), seconds(options.warmup()), options.concurrency(),
                options.work());
        log.println("  load average: " + loadAtStart);

        String derbyEncryption;
        String postgres;
        try (DerbyDatabase derby = DerbyDatabase.createEncrypted(options.work().resolve("derby-audit"),
                new BenchKeys().derbyEncryptionKey());
                PostgresDatabase postgresDb = openPostgres()) {
            derbyEncryption = derby.encryption();
            postgres = postgresDb == null ? "PostgreSQL rows skipped: " + postgresSkipped : postgresDb.describe();
            log.println("  " + postgres);
            try {
                cases.add(new AuditCase(DERBY, derby, AuditWriter.DEFAULT_BATCH_MAX));
                if (postgresDb != null) {
                    cases.add(new AuditCase(POSTGRES, postgresDb, AuditWriter.DEFAULT_BATCH_MAX));
                }
                measureAll();
                for (AuditCase auditCase : cases) {
                    chains.add(auditCase.name() + " " + auditCase.verifyChain() + " events");
                }
                archiveAll();
            } finally {
                for (AuditCase auditCase : cases) {
                    auditCase.close();
                }
            }
        } finally {
            DerbyDatabase.shutDownEngine();
        }

        out.printf("%nAudit events appended durably: AuditLog.append(event) in a loop, each call returning once its batch is committed%n");
        out.printf("  median of %d rounds (lowest-highest), each a %s window after %s warm-up; the cases take turns%n",
                options.rounds(), seconds(options.measure()), seconds(options.warmup()));
        out.println("  Cabinet's AuditWriter and AuditRepository (org.cabinet.audit): one writer thread, at most "
                + AuditWriter.DEFAULT_BATCH_MAX + " events per commit, each chained by SHA-256");
        out.println("  schema: the audit changelog applied by Liquibase; pool: DBCP2 as Cabinet's (testOnBorrow)");
        out.println("  Derby 10.14.2.0 embedded, default durability (log synced at every commit), encrypted "
                + DerbyDatabase.ENCRYPTION_ALGORITHM + ", 256-bit key (" + derbyEncryption + "), files on "
                + MachineFacts.fileSystem(options.work()));
        out.println("  " + postgres);
        out.println("  wait: from the call to append to its return; events per commit: events ÷ distinct batch times");
        out.println();
        ResultTable table = new ResultTable(out, "1 caller", options.concurrency() + " callers");
        for (String name : List.of(DERBY, POSTGRES)) {
            table.header(name);
            row(table, "  events/s", name, AuditCase.Round::perSecond, "%.0f");
            row(table, "  wait p50 (ms)", name, AuditCase.Round::p50, "%.2f");
            row(table, "  wait p95 (ms)", name, AuditCase.Round::p95, "%.2f");
            row(table, "  wait p99 (ms)", name, AuditCase.Round::p99, "%.2f");
            row(table, "  events per commit", name, AuditCase.Round::perCommit, "%.1f");
        }
        out.println();
        out.println("chains verified after the rounds (every link, every hash, the head): " + String.join(", ", chains));
        out.println();
        out.println("then every event archived, as the retention archives events older than retention.months: "
                + ArchiveSettings.defaults().segmentEvents() + " events a segment (NDJSON.gz, sealed with HMAC-SHA-256), "
                + "each written, forced to disk and read back before its events leave the table in one transaction; "
                + "then the verifier walks segments, anchor and table");
        archives.forEach(line -> out.println("  " + line));
        out.println();
        out.println("machine: " + MachineFacts.machine());
        out.println("date:    " + MachineFacts.date());
        out.println("load average at start: " + loadAtStart);
        out.println("load average at end:   " + MachineFacts.loadAverage());
    }

    private void archiveAll() throws Exception {
        Signatures signatures = new BenchKeys().signatures();
        for (AuditCase auditCase : cases) {
            log.println("Archiving " + auditCase.name());
            AuditCase.Archived archived = auditCase.archiveAll(Files.createTempDirectory(options.work(), "archive"),
                    signatures);
            archives.add(String.format(Locale.ROOT, "%-12s %d events in %d segments in %.1f s (%.0f events/s), "
                    + "%.0f bytes an event on disk; verified in %.1f s (%.0f events/s)", auditCase.name(),
                    archived.events(), archived.segments(), archived.seconds(), archived.events() / archived.seconds(),
                    (double) archived.bytes() / archived.events(), archived.verifySeconds(),
                    archived.events() / archived.verifySeconds()));
        }
    }

    /** @return the benchmark's PostgreSQL database, or {@code null} (and why in {@link #postgresSkipped}) */
    private PostgresDatabase openPostgres() {
        try {
            return PostgresDatabase.create(options.postgresSettings(), "cabinet_audit_bench");
        } catch (PostgresDatabase.Unavailable e) {
            postgresSkipped = e.getMessage();
            return null;
        }
    }

    /** Round after round: 1 caller on every case, then n callers on every case, each round starting one case further. */
    private void measureAll() throws Exception {
        for (int round = 0; round < options.rounds(); round++) {
            log.printf("Round %d of %d%n", round + 1, options.rounds());
            for (int callers : new int[] { 1, options.concurrency() }) {
                for (int i = 0; i < cases.size(); i++) {
                    AuditCase auditCase = cases.get((i + round) % cases.size());
                    AuditCase.Round result = auditCase.measure(callers, options.warmup(), options.measure());
                    log.printf(Locale.ROOT, "  %-12s %2d caller%s %8.0f events/s  wait p50 %6.2f ms  p95 %6.2f ms  %6.1f events/commit%n",
                            auditCase.name(), callers, callers == 1 ? " " : "s", result.perSecond(), result.p50(),
                            result.p95(), result.perCommit());
                }
            }
        }
    }

    private void row(ResultTable table, String label, String name, ToDoubleFunction<AuditCase.Round> figure,
            String pattern) {
        AuditCase found = cases.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        table.row(label, found == null ? null : found.figure(false, figure),
                found == null ? null : found.figure(true, figure), pattern);
    }
}
