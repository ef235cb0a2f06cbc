package org.cabinet.bench.clinical;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cabinet.bench.MachineFacts;
import org.cabinet.itests.process.CabinetInstallation;

/**
 * {@code bench/clinical.sh}: charts and name searches over HTTP against two installations of the built distribution
 * holding the same demo data, one as shipped (auditing and encryption on), one whose audit log records nothing, in
 * rounds where the cases take turns. See {@code bench/README.md}.
 */
public final class ClinicalBenchmark {

    private final ClinicalOptions options;
    private final PrintStream out = System.out;

    private ClinicalBenchmark(ClinicalOptions options) {
        this.options = options;
    }

    /** Exits with 2 on a wrong argument, 1 when the run failed or a request answered other than 200. */
    public static void main(String[] args) {
        ClinicalOptions options;
        try {
            options = ClinicalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ERROR: " + e.getMessage() + "\n" + ClinicalOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(new ClinicalBenchmark(options).run() == 0 ? 0 : 1);
        } catch (Exception | AssertionError e) {
            System.err.println("ERROR: the benchmark failed: " + e);
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            System.exit(1);
        }
    }

    /** @return how many requests failed */
    private int run() throws InterruptedException {
        System.setProperty(CabinetInstallation.DISTRIBUTION_PROPERTY, options.distribution().toString());
        String loadAtStart = MachineFacts.loadAverage();
        try (MeasuredCabinet audited = MeasuredCabinet.unpack("auditing on", options.work().resolve("audited"));
                MeasuredCabinet unaudited = MeasuredCabinet.unpack("auditing off", options.work().resolve("unaudited"))) {
            log("Starting Cabinet (" + options.distribution().getFileName() + ") with " + options.patients()
                    + " demo patients in " + audited.installation().home());
            audited.addDemoData(options.patients(), options.encounters());
            audited.start();
            StaffAccounts created = StaffAccounts.create(audited.process());
            DemoDataSummary demo = DemoDataSummary.await(audited.installation(),
                    Duration.ofMinutes(10).plusMillis(options.patients() * 60L));
            log("Demo data added in " + demo.took().toSeconds() + " s; choosing the GP's " + options.workingSet()
                    + " patients");
            // sessions end after a while unused: the demo data may have taken longer
            StaffAccounts staff = created.loggedInAgain(audited.accounts());
            List<String> patients = WorkingSet.choose(audited.accounts(), staff.secretary(), options.workingSet(),
                    options.seed());
            WorkingSet.joinCareTeams(audited.accounts(), staff, patients);
            audited.stop();

            log("Copying the database and keys to a second installation, with the no-audit bundle");
            unaudited.copyDataOf(audited);
            unaudited.addNoAuditBundle(options.noAuditBundle());
            audited.start();
            unaudited.start();
            StaffAccounts onStaff = staff.loggedInAgain(audited.accounts());
            StaffAccounts offStaff = staff.loggedInAgain(unaudited.accounts());
            int eventsOn = AuditProbe.eventsOfOneChart(audited, onStaff, patients.get(0));
            int eventsOff = AuditProbe.eventsOfOneChart(unaudited, offStaff, patients.get(0));
            if (eventsOn != 1 || eventsOff != 0) {
                throw new IllegalStateException("one chart left " + eventsOn + " audit events with auditing on and "
                        + eventsOff + " with it off: expected 1 and 0");
            }

            Map<MeasuredCase, List<WindowResult>> results = measure(List.of(
                    new MeasuredCase("chart", true, RequestMaker.charts(audited.baseUrl(), onStaff.gp(), patients),
                            audited),
                    new MeasuredCase("chart", false,
                            RequestMaker.charts(unaudited.baseUrl(), offStaff.gp(), patients), unaudited),
                    new MeasuredCase("search", true, RequestMaker.searches(audited.baseUrl(), onStaff.secretary()),
                            audited),
                    new MeasuredCase("search", false, RequestMaker.searches(unaudited.baseUrl(), offStaff.secretary()),
                            unaudited)));
            String loadAtEnd = MachineFacts.loadAverage();
            audited.stop();
            unaudited.stop();

            printHeader(demo, patients, eventsOn, eventsOff);
            ClinicalReport report = new ClinicalReport(out, results);
            report.printTable();
            report.printOverhead();
            report.printGoals();
            out.println();
            out.println("load average at start: " + loadAtStart);
            out.println("load average at end:   " + loadAtEnd);
            if (report.failures() > 0) {
                System.err.println("ERROR: " + report.failures() + " requests answered other than 200 (see above)");
            }
            return report.failures();
        }
    }

    /** Runs every case once a round, one case further along the list each round, so that none always runs first. */
    private Map<MeasuredCase, List<WindowResult>> measure(List<MeasuredCase> cases) throws InterruptedException {
        Map<MeasuredCase, List<WindowResult>> results = new LinkedHashMap<>();
        cases.forEach(measured -> results.put(measured, new java.util.ArrayList<>()));
        LoadWindow window = new LoadWindow(options.clients(), options.warmup(), options.measure());
        for (int round = 0; round < options.rounds(); round++) {
            for (int k = 0; k < cases.size(); k++) {
                MeasuredCase measured = cases.get((round + k) % cases.size());
                WindowResult result = window.run(measured.requests(), options.seed() + 100L * round + k,
                        measured.cabinet().cpu());
                results.get(measured).add(result);
                log(String.format(Locale.ROOT, "round %d  %s  %6.0f requests/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms"
                        + "  CPU/request %.1f ms Cabinet, %.1f ms clients  errors %d  load %s", round + 1,
                        measured.label(), result.perSecond(), result.p50(), result.p95(), result.p99(),
                        result.serverCpu(), result.clientCpu(), result.failureCount(), MachineFacts.loadAverage()));
            }
        }
        return results;
    }

    private void printHeader(DemoDataSummary demo, List<String> patients, int eventsOn, int eventsOff) {
        out.println("Clinical-core benchmark: charts and name searches over HTTP, " + options.clients()
                + " concurrent clients, closed loop");
        out.println("  date: " + MachineFacts.date() + "; machine: " + MachineFacts.machine());
        out.printf(Locale.ROOT, "  %d rounds; each round every case gets %s of warm-up then %s measured%n",
                options.rounds(), seconds(options.warmup()), seconds(options.measure()));
        out.printf(Locale.ROOT, "  dataset (Derby, encrypted; demo data, seed 1): %d patients, %d encounters, %d record"
                + " entries, as its log counts them, added in %d s%n", demo.patients(), demo.encounters(), demo.entries(),
                demo.took().toSeconds());
        out.printf(Locale.ROOT, "  chart: GET /api/patients/{id}/chart by a GP, of a random patient among %d in the GP's"
                + " care team (born on days drawn at random, seed %d)%n", patients.size(), options.seed());
        out.printf(Locale.ROOT, "  search: GET /api/patients?name=<prefix>&limit=%d by a secretary, %d prefixes of 2 or 3"
                + " letters of French family names%n", RequestMaker.SEARCH_PAGE, RequestMaker.NAME_PREFIXES.size());
        out.printf(Locale.ROOT, "  both installations: %s = %d in etc/%s (default 100: the GP's account would be"
                + " frozen)%n", MeasuredCabinet.DISTINCT_PATIENTS, ClinicalOptions.MOST_DISTINCT_PATIENTS,
                MeasuredCabinet.RULES_CONFIG);
        out.printf(Locale.ROOT, "  auditing off: a copy of the same database and keys, plus the bench-only bundle"
                + " org.cabinet.bench.noaudit at start level %d; read events of one chart: %d on, %d off%n",
                MeasuredCabinet.NO_AUDIT_START_LEVEL, eventsOn, eventsOff);
        out.println();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3g s", duration.toNanos() / 1e9);
    }

    private static void log(String line) {
        System.err.println(Instant.now().toString().substring(11, 19) + " " + line);
    }
}
