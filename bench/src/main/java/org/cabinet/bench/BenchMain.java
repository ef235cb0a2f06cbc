package org.cabinet.bench;

/** What every benchmark's {@code main} does: read the arguments, run, and say why it failed. */
final class BenchMain {

    /** A benchmark run with the options its arguments gave. */
    interface Benchmark {
        void run(BenchOptions options) throws Exception;
    }

    private BenchMain() {
    }

    /** Exits with 2 on a wrong argument and 1 when the run failed; returns when it completed. */
    static void run(String[] args, BenchOptions.Defaults defaults, Benchmark benchmark) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(defaults, args);
        } catch (IllegalArgumentException e) {
            System.err.println("ERROR: " + e.getMessage() + "\n" + defaults.usage());
            System.exit(2);
            return;
        }
        try {
            benchmark.run(options);
        } catch (Exception e) {
            System.err.println("ERROR: the benchmark failed: " + e);
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            System.exit(1);
        }
    }
}
