package org.cabinet.bench.clinical;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the figures of every case (medians of the rounds) and what auditing adds, against the goals. */
final class ClinicalReport {

    static final double CHART_P95_GOAL_MS = 20;
    static final double CHART_RATE_GOAL = 2_000;
    static final double SEARCH_P95_GOAL_MS = 15;
    static final double OVERHEAD_GOAL_PERCENT = 15;

    private final PrintStream out;
    private final Map<MeasuredCase, List<WindowResult>> results;

    ClinicalReport(PrintStream out, Map<MeasuredCase, List<WindowResult>> results) {
        this.out = out;
        this.results = results;
    }

    void printTable() {
        out.printf("%-21s %20s %20s %20s %20s %6s %7s %12s%n", "case", "p50 ms", "p95 ms", "p99 ms", "requests/s",
                "errors", "mean KB", "CPU ms/req");
        results.forEach((measured, rounds) -> out.printf(Locale.ROOT, "%-21s %20s %20s %20s %20s %6d %7.1f %5.1f + %4.1f%n",
                measured.label(), Spread.of(rounds, WindowResult::p50).format("%.1f"),
                Spread.of(rounds, WindowResult::p95).format("%.1f"), Spread.of(rounds, WindowResult::p99).format("%.1f"),
                Spread.of(rounds, WindowResult::perSecond).format("%.0f"),
                rounds.stream().mapToInt(WindowResult::failureCount).sum(),
                Spread.of(rounds, WindowResult::meanBytes).median() / 1024,
                Spread.of(rounds, WindowResult::serverCpu).median(), Spread.of(rounds, WindowResult::clientCpu).median()));
        out.println("(CPU ms/req: CPU time per measured request of Cabinet's JVM + of the benchmark's clients, medians)");
        results.forEach((measured, rounds) -> rounds.stream().filter(round -> round.failureCount() > 0).forEach(
                round -> out.println("  " + measured.label().strip() + " failures by status (-1: no answer): "
                        + round.failures())));
    }

    /**
     * What auditing adds to a request, round by round: {@code rate off / rate on - 1} (with a closed loop of the same
     * clients, the extra mean time a request takes) and {@code p95 on / p95 off - 1}.
     */
    void printOverhead() {
        out.println();
        out.println("audit overhead, auditing on against off (round by round; median (lowest-highest)):");
        for (String kind : List.of("chart", "search")) {
            List<WindowResult> on = of(kind, true);
            List<WindowResult> off = of(kind, false);
            if (!measuredEveryRound(on) || !measuredEveryRound(off)) {
                out.printf("  %-7s not worked out: a window ended no request%n", kind);
                continue;
            }
            out.printf("  %-7s time per request %s %%   p95 %s %%%n", kind,
                    Spread.of(ratios(off, on, WindowResult::perSecond)).format("%+.1f"),
                    Spread.of(ratios(on, off, WindowResult::p95)).format("%+.1f"));
        }
    }

    void printGoals() {
        List<WindowResult> chart = of("chart", true);
        List<WindowResult> search = of("search", true);
        if (!measuredEveryRound(chart) || !measuredEveryRound(search)) {
            out.println();
            out.println("goals: not judged, a window ended no request (see the table)");
            return;
        }
        double chartP95 = Spread.of(chart, WindowResult::p95).median();
        double chartRate = Spread.of(chart, WindowResult::perSecond).median();
        double searchP95 = Spread.of(search, WindowResult::p95).median();
        double chartOverhead = Spread.of(ratios(of("chart", false), chart, WindowResult::perSecond)).median();
        double searchOverhead = Spread.of(ratios(of("search", false), search, WindowResult::perSecond)).median();
        out.println();
        out.println("goals (auditing on, medians):");
        goal(String.format(Locale.ROOT, "chart p95 <= %.0f ms", CHART_P95_GOAL_MS), chartP95 <= CHART_P95_GOAL_MS,
                String.format(Locale.ROOT, "%.1f ms", chartP95));
        goal(String.format(Locale.ROOT, "charts >= %.0f/s", CHART_RATE_GOAL), chartRate >= CHART_RATE_GOAL,
                String.format(Locale.ROOT, "%.0f/s", chartRate));
        goal(String.format(Locale.ROOT, "search p95 <= %.0f ms", SEARCH_P95_GOAL_MS), searchP95 <= SEARCH_P95_GOAL_MS,
                String.format(Locale.ROOT, "%.1f ms", searchP95));
        goal(String.format(Locale.ROOT, "audit overhead <= %.0f %%", OVERHEAD_GOAL_PERCENT),
                chartOverhead <= OVERHEAD_GOAL_PERCENT && searchOverhead <= OVERHEAD_GOAL_PERCENT,
                String.format(Locale.ROOT, "chart %+.1f %%, search %+.1f %%", chartOverhead, searchOverhead));
    }

    private static boolean measuredEveryRound(List<WindowResult> rounds) {
        return rounds.stream().allMatch(round -> round.requests() > 0);
    }

    int failures() {
        return results.values().stream().flatMap(List::stream).mapToInt(WindowResult::failureCount).sum();
    }

    private void goal(String goal, boolean met, String reached) {
        out.printf("  %-26s %-14s %s%n", goal, met ? "goal met" : "goal NOT met", reached);
    }

    private List<WindowResult> of(String kind, boolean audited) {
        return results.entrySet().stream().filter(entry -> entry.getKey().kind().equals(kind)
                && entry.getKey().audited() == audited).findFirst().orElseThrow().getValue();
    }

    /** @return {@code a / b - 1} in %, round by round */
    private static double[] ratios(List<WindowResult> a, List<WindowResult> b,
            java.util.function.ToDoubleFunction<WindowResult> figure) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < Math.min(a.size(), b.size()); round++) {
            ratios.add((figure.applyAsDouble(a.get(round)) / figure.applyAsDouble(b.get(round)) - 1) * 100);
        }
        return ratios.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
