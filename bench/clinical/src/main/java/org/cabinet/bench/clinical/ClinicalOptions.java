package org.cabinet.bench.clinical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code bench/clinical.sh} measures, from {@code --name=value} arguments (a later one wins, so that the
 * script's defaults come first and the user's arguments after them).
 *
 * @param patients      made-up patients the demo data adds
 * @param encounters    their mean number of encounters each
 * @param clients       concurrent HTTP clients of every window
 * @param measure       the measured part of a window
 * @param warmup        the untimed part before it
 * @param rounds        rounds in which the four cases take turns; medians are taken over them
 * @param workingSet    patients in the GP's care team, whose charts are opened
 * @param seed          seeds the demo data's choice of working set and the clients' random choices
 * @param work          the folder that holds both installations
 * @param distribution  the Cabinet archive
 * @param noAuditBundle the bundle of the "auditing off" installation
 */
record ClinicalOptions(int patients, int encounters, int clients, Duration measure, Duration warmup, int rounds,
        int workingSet, long seed, Path work, Path distribution, Path noAuditBundle) {

    /** the highest distinct.patients.per.hour Cabinet accepts: the working set must stay under it */
    static final int MOST_DISTINCT_PATIENTS = 10_000;

    static final String USAGE = "arguments: --distribution=<cabinet-*.tar.gz or its folder> --no-audit-bundle=<jar>"
            + " --work=<folder> [--patients=100000] [--encounters=10] [--clients=16] [--seconds=20] [--warmup=5]"
            + " [--rounds=3] [--working-set=1500] [--seed=1]";

    /** @throws IllegalArgumentException on an unknown argument, a missing one, or a value out of range */
    static ClinicalOptions parse(String... args) {
        int patients = 100_000;
        int encounters = 10;
        int clients = 16;
        double seconds = 20;
        double warmup = 5;
        int rounds = 3;
        int workingSet = 1500;
        long seed = 1;
        Path work = null;
        Path distribution = null;
        Path noAudit = null;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("not an argument: " + arg);
            }
            String value = arg.substring(eq + 1);
            switch (arg.substring(2, eq)) {
                case "patients" -> patients = count(value, 1, 10_000_000, "patients");
                case "encounters" -> encounters = count(value, 0, 1000, "encounters");
                case "clients" -> clients = count(value, 1, 256, "clients");
                case "seconds" -> seconds = seconds(value, false);
                case "warmup" -> warmup = seconds(value, true);
                case "rounds" -> rounds = count(value, 1, 100, "rounds");
                case "working-set" -> workingSet = count(value, 1, MOST_DISTINCT_PATIENTS, "working-set");
                case "seed" -> seed = Long.parseLong(value);
                case "work" -> work = Path.of(value).toAbsolutePath();
                case "distribution" -> distribution = Path.of(value).toAbsolutePath();
                case "no-audit-bundle" -> noAudit = Path.of(value).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (work == null || distribution == null || noAudit == null) {
            throw new IllegalArgumentException("--work, --distribution and --no-audit-bundle are required");
        }
        if (workingSet > patients) {
            throw new IllegalArgumentException("the working set (" + workingSet + ") exceeds the patients (" + patients + ")");
        }
        if (!Files.isRegularFile(noAudit)) {
            throw new IllegalArgumentException("no such bundle: " + noAudit);
        }
        return new ClinicalOptions(patients, encounters, clients, duration(seconds), duration(warmup), rounds, workingSet,
                seed, work, archive(distribution), noAudit);
    }

    /** @return the window's length, warm-up included */
    Duration window() {
        return warmup.plus(measure);
    }

    /** @return {@code path} if it is a file, else the one {@code cabinet-*.tar.gz} in that folder */
    private static Path archive(Path path) {
        if (Files.isRegularFile(path)) {
            return path;
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("no such archive or folder: " + path);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> archives = files.filter(file -> file.getFileName().toString().matches("cabinet-.*\\.tar\\.gz"))
                    .toList();
            if (archives.size() != 1) {
                throw new IllegalArgumentException("expected one cabinet-*.tar.gz in " + path + ", found " + archives
                        + ": build the distribution first (mvn install -DskipTests)");
            }
            return archives.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static double seconds(String value, boolean zeroAllowed) {
        double seconds = Double.parseDouble(value);
        if (!(seconds > 0 || zeroAllowed && seconds == 0) || seconds > 3600) {
            throw new IllegalArgumentException("seconds out of range: " + value);
        }
        return seconds;
    }

    private static int count(String value, int min, int max, String what) {
        int count = Integer.parseInt(value);
        if (count < min || count > max) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + ": " + value);
        }
        return count;
    }
}
