package org.cabinet.bench;

import static org.cabinet.bench.BenchOptions.seconds;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Durable writes per second of a small record with one secondary index, on embedded Derby and on
 * PostgreSQL, with 1 and with n concurrent writers, plain and field-encrypted (Derby also with
 * its whole-database encryption), and the cost of encryption as ratios. Every case is measured
 * once per round, the cases taking turns, so that other work on the machine weighs on all of
 * them. Run by {@code bench/writes.sh}; see {@code bench/README.md}.
 */
public final class WriteBenchmark {

    private static final String DERBY_PLAIN = "Derby plain";
    private static final String DERBY_FIELD = "Derby field-encrypted";
    private static final String DERBY_FULL = "Derby field + database-encrypted";
    private static final String POSTGRES_PLAIN = "PostgreSQL plain";
    private static final String POSTGRES_FIELD = "PostgreSQL field-encrypted";
    private static final BenchOptions.Defaults DEFAULTS = new BenchOptions.Defaults("1.25", "0.25", 5, "writers", 8,
            "write-bench");

    private final BenchOptions options;
    private final PrintStream out = System.out;
    private final PrintStream log = System.err;
    private final List<BenchCase> cases = new ArrayList<>();
    private String postgresSkipped;

    private WriteBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BenchMain.run(args, DEFAULTS, options -> new WriteBenchmark(options).run());
    }

    private void run() throws Exception {
        DerbyDatabase.prepareEngine(options.work());
        String loadAtStart = MachineFacts.loadAverage();
        log.printf("Write benchmark: %d rounds of %s windows (after %s warm-up each), 1 and %d writers; work folder %s%n",
                options.rounds(), seconds(options.measure()), seconds(options.warmup()), options.concurrency(),
                options.work());
        log.println("  load average: " + loadAtStart);

        BenchKeys keys = new BenchKeys();
        RowEncoding plain = RowEncoding.plain();
        RowEncoding sealed = RowEncoding.sealed(keys.fieldCipher());
        double plainMicros = SealingCost.microsPerRow(plain);
        double sealedMicros = SealingCost.microsPerRow(sealed);

        String derbyEncryption;
        String postgres;
        try (DerbyDatabase derbyPlain = DerbyDatabase.create(options.work().resolve("derby-plain"));
                DerbyDatabase derbyField = DerbyDatabase.create(options.work().resolve("derby-field"));
                DerbyDatabase derbyFull = DerbyDatabase.createEncrypted(options.work().resolve("derby-field-database"),
                        keys.derbyEncryptionKey());
                PostgresDatabase postgresDb = openPostgres()) {
            derbyEncryption = derbyFull.encryption();
            cases.add(new BenchCase(DERBY_PLAIN, derbyPlain, "bench_patient", plain));
            cases.add(new BenchCase(DERBY_FIELD, derbyField, "bench_patient", sealed));
            cases.add(new BenchCase(DERBY_FULL, derbyFull, "bench_patient", sealed));
            if (postgresDb != null) {
                postgres = postgresDb.describe();
                cases.add(new BenchCase(POSTGRES_PLAIN, postgresDb, "bench_patient_plain", plain));
                cases.add(new BenchCase(POSTGRES_FIELD, postgresDb, "bench_patient_sealed", sealed));
            } else {
                postgres = "PostgreSQL rows skipped: " + postgresSkipped;
            }
            log.println("  " + postgres);
            for (BenchCase benchCase : cases) {
                benchCase.createTable();
            }
            measureAll();
            for (BenchCase benchCase : cases) {
                benchCase.verifyAndDrop();
            }
        } finally {
            DerbyDatabase.shutDownEngine();
        }

        out.printf("%nDurable writes per second: one INSERT per transaction, committed%n");
        out.printf("  median of %d rounds (lowest-highest), each a %s window after %s warm-up; the cases take turns%n",
                options.rounds(), seconds(options.measure()), seconds(options.warmup()));
        out.println("  record: id (primary key), family name, birth date, NIR, NIR index (secondary index), ~100-char note");
        out.println("  field encryption: Cabinet's AesGcmFieldCipher, NIR and note AES-256-GCM, NIR index HMAC-SHA-256");
        out.println("  Derby 10.14.2.0 embedded, default durability (log synced at every commit), files on "
                + MachineFacts.fileSystem(options.work()));
        out.println("  Derby database encryption: " + DerbyDatabase.ENCRYPTION_ALGORITHM + ", 256-bit key (" + derbyEncryption + ")");
        out.println("  " + postgres);
        out.println();
        ResultTable table = new ResultTable(out, "1 writer", options.concurrency() + " writers");
        table.header("writes/s");
        for (String name : List.of(DERBY_PLAIN, DERBY_FIELD, DERBY_FULL, POSTGRES_PLAIN, POSTGRES_FIELD)) {
            table.row(name, rates(name, false), rates(name, true), "%.0f");
        }
        out.println();
        out.println("Cost of encryption: plain writes/s ÷ encrypted writes/s, per round (above 1: slower)");
        table.header("ratio");
        ratio(table, "Derby field-encrypted vs Derby plain", DERBY_PLAIN, DERBY_FIELD);
        ratio(table, "Derby field + database vs Derby plain", DERBY_PLAIN, DERBY_FULL);
        ratio(table, "PostgreSQL field-encrypted vs PostgreSQL plain", POSTGRES_PLAIN, POSTGRES_FIELD);
        out.println();
        out.printf(Locale.ROOT, "CPU to prepare one row, one thread, no database: %.1f µs sealed (2 × AES-256-GCM + 1 HMAC), %.1f µs plain%n",
                sealedMicros, plainMicros);
        out.println();
        out.println("machine: " + MachineFacts.machine());
        out.println("date:    " + MachineFacts.date());
        out.println("load average at start: " + loadAtStart);
        out.println("load average at end:   " + MachineFacts.loadAverage());
    }

    /** @return the benchmark's PostgreSQL database, or {@code null} (and why in {@link #postgresSkipped}) */
    private PostgresDatabase openPostgres() {
        try {
            return PostgresDatabase.create(options.postgresSettings(), "cabinet_bench");
        } catch (PostgresDatabase.Unavailable e) {
            postgresSkipped = e.getMessage();
            return null;
        }
    }

    /** Round after round: 1 writer on every case, then n writers on every case, each round starting one case further. */
    private void measureAll() throws SQLException, InterruptedException {
        for (int round = 0; round < options.rounds(); round++) {
            log.printf("Round %d of %d%n", round + 1, options.rounds());
            for (int writers : new int[] { 1, options.concurrency() }) {
                for (int i = 0; i < cases.size(); i++) {
                    BenchCase benchCase = cases.get((i + round) % cases.size());
                    WriteLoad.Throughput result = benchCase.measure(writers, options.warmup(), options.measure());
                    log.printf(Locale.ROOT, "  %-34s %2d writer%s %8.0f writes/s  (%d in %.2f s)%n", benchCase.name(),
                            writers, writers == 1 ? " " : "s", result.perSecond(), result.writes(), result.seconds());
                }
            }
        }
    }

    /** @return the writes per second of each round, or {@code null} when the case did not run */
    private List<Double> rates(String name, boolean concurrent) {
        return cases.stream().filter(c -> c.name().equals(name)).findFirst().map(c -> c.rates(concurrent)).orElse(null);
    }

    /**
     * plain ÷ encrypted, round by round, so that a change of load on the machine between rounds
     * weighs on both sides of each ratio: above 1, encryption makes writing slower.
     */
    private void ratio(ResultTable table, String label, String plain, String encrypted) {
        table.row(label, ResultTable.ratios(rates(plain, false), rates(encrypted, false)),
                ResultTable.ratios(rates(plain, true), rates(encrypted, true)), "%.2f");
    }
}
