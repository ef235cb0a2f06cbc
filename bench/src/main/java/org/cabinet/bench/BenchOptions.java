package org.cabinet.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * How long, how often and how wide to measure, and where: from {@code --name=value} arguments.
 *
 * @param concurrency how many workers the second column runs together (writers, callers)
 */
record BenchOptions(Duration measure, Duration warmup, int rounds, int concurrency, Path work, Path postgresSettings) {

    /**
     * One benchmark's defaults.
     *
     * @param concurrencyName the argument that sets {@code concurrency}, e.g. {@code writers}
     * @param work            the work folder under {@code target}
     */
    record Defaults(String seconds, String warmup, int rounds, String concurrencyName, int concurrency, String work) {

        String usage() {
            return "arguments: [--seconds=" + seconds + "] [--warmup=" + warmup + "] [--rounds=" + rounds + "] [--"
                    + concurrencyName + "=" + concurrency + "] [--work=target/" + work + "]"
                    + " [--postgres=$CABINET_TEST_POSTGRES or ~/.cabinet/test-postgres.properties]";
        }
    }

    /** @throws IllegalArgumentException on an unknown argument or a value out of range */
    static BenchOptions parse(Defaults defaults, String... args) {
        Duration measure = seconds(defaults.seconds(), false);
        Duration warmup = seconds(defaults.warmup(), true);
        int rounds = defaults.rounds();
        int concurrency = defaults.concurrency();
        Path work = Path.of("target", defaults.work());
        String postgres = System.getenv("CABINET_TEST_POSTGRES");
        Path postgresSettings = postgres == null || postgres.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cabinet", "test-postgres.properties")
                : Path.of(postgres);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("not an argument: " + arg);
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            if (name.equals(defaults.concurrencyName())) {
                concurrency = count(value, 2, 256, "concurrent " + name);
                continue;
            }
            switch (name) {
                case "seconds" -> measure = seconds(value, false);
                case "warmup" -> warmup = seconds(value, true);
                case "rounds" -> rounds = count(value, 1, 100, "rounds");
                case "work" -> work = Path.of(value);
                case "postgres" -> postgresSettings = Path.of(value);
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return new BenchOptions(measure, warmup, rounds, concurrency, work.toAbsolutePath(), postgresSettings);
    }

    /** @return the duration as the reports print it, e.g. {@code 1.25 s} */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3g s", duration.toNanos() / 1e9);
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
