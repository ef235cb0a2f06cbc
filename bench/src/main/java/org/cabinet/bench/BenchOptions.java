package org.cabinet.bench;

import java.nio.file.Path;
import java.time.Duration;

/** How long, how often and how wide to measure, and where: from {@code --name=value} arguments. */
record BenchOptions(Duration measure, Duration warmup, int rounds, int writers, Path work, Path postgresSettings) {

    static final String USAGE = "arguments: [--seconds=1.25] [--warmup=0.25] [--rounds=5] [--writers=8] [--work=target/write-bench]"
            + " [--postgres=$CABINET_TEST_POSTGRES or ~/.cabinet/test-postgres.properties]";

    /** @throws IllegalArgumentException on an unknown argument or a value out of range */
    static BenchOptions parse(String... args) {
        Duration measure = Duration.ofMillis(1250);
        Duration warmup = Duration.ofMillis(250);
        int rounds = 5;
        int writers = 8;
        Path work = Path.of("target", "write-bench");
        String postgres = System.getenv("CABINET_TEST_POSTGRES");
        Path postgresSettings = postgres == null || postgres.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cabinet", "test-postgres.properties")
                : Path.of(postgres);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("not an argument: " + arg);
            }
            String value = arg.substring(eq + 1);
            switch (arg.substring(2, eq)) {
                case "seconds" -> measure = seconds(value, false);
                case "warmup" -> warmup = seconds(value, true);
                case "rounds" -> rounds = count(value, 1, 100, "rounds");
                case "writers" -> writers = count(value, 2, 256, "concurrent writers");
                case "work" -> work = Path.of(value);
                case "postgres" -> postgresSettings = Path.of(value);
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return new BenchOptions(measure, warmup, rounds, writers, work.toAbsolutePath(), postgresSettings);
    }

    private static Duration seconds(String value, boolean zeroAllowed) {
        double seconds = Double.parseDouble(value);
        if (!(seconds > 0 || zeroAllowed && seconds == 0) || seconds > 3600) {
            throw new IllegalArgumentException("seconds out of range: " + value);
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static int count(String value, int min, int max, String what) {
        int count = Integer.parseInt(value);
        if (count < min || count > max) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + ": " + value);
        }
        return count;
    }
}
