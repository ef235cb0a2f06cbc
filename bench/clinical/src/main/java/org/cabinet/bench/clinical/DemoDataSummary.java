package org.cabinet.bench.clinical;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cabinet.itests.process.CabinetInstallation;

/**
 * What Cabinet's demo data added at start, as its log says once done: {@code Demo data: 100000 patients, 1000485
 * encounters, 712345 record entries and 0 appointments added in 312 s}.
 */
record DemoDataSummary(long patients, long encounters, long entries, Duration took) {

    private static final Pattern DONE = Pattern.compile(
            "Demo data: (\\d+) patients, (\\d+) encounters, (\\d+) record entries and \\d+ appointments added in (\\d+) s");
    private static final String FAILED = "Demo data could not be added";
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration PROGRESS = Duration.ofSeconds(60);

    /**
     * Waits for the line in the log.
     *
     * @throws IllegalStateException when the demo data failed, or was not done within {@code timeout}
     */
    static DemoDataSummary await(CabinetInstallation installation, Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Instant nextProgress = start.plus(PROGRESS);
        while (true) {
            String log = installation.readLog();
            Matcher done = DONE.matcher(log);
            if (done.find()) {
                return new DemoDataSummary(Long.parseLong(done.group(1)), Long.parseLong(done.group(2)),
                        Long.parseLong(done.group(3)), Duration.ofSeconds(Long.parseLong(done.group(4))));
            }
            if (log.contains(FAILED)) {
                throw new IllegalStateException("Cabinet could not add the demo data; see " + installation.logFile());
            }
            Instant now = Instant.now();
            if (now.isAfter(deadline)) {
                throw new IllegalStateException("the demo data was not added within " + timeout);
            }
            if (now.isAfter(nextProgress)) {
                System.err.println("  still adding demo data, " + Duration.between(start, now).toSeconds() + " s");
                nextProgress = now.plus(PROGRESS);
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
