package org.cabinet.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Prints figures by case in two columns (one worker, many): each cell is the median over the
 * rounds, with the lowest and highest value in brackets.
 */
final class ResultTable {

    private static final String ROW = "%-46s %20s %20s%n";

    private final PrintStream out;
    private final String oneHeading;
    private final String manyHeading;

    /** @param oneHeading the first column's heading, e.g. {@code 1 writer}; {@code manyHeading} the second's */
    ResultTable(PrintStream out, String oneHeading, String manyHeading) {
        this.out = out;
        this.oneHeading = oneHeading;
        this.manyHeading = manyHeading;
    }

    void header(String title) {
        out.printf(Locale.ROOT, ROW, title, oneHeading, manyHeading);
    }

    /**
     * @param one     the value of each round with one worker, or {@code null} when the case did not run
     * @param many    the same with many workers
     * @param pattern how to print one value, e.g. {@code %.0f}
     */
    void row(String name, List<Double> one, List<Double> many, String pattern) {
        out.printf(Locale.ROOT, ROW, name, cell(one, pattern), cell(many, pattern));
    }

    /**
     * Ratios taken round by round, so that a change of load on the machine between rounds weighs on
     * both sides of each ratio.
     *
     * @return {@code numerators[i] / denominators[i]}, or {@code null} when either side did not run
     */
    static List<Double> ratios(List<Double> numerators, List<Double> denominators) {
        if (numerators == null || denominators == null) {
            return null;
        }
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < numerators.size(); round++) {
            ratios.add(numerators.get(round) / denominators.get(round));
        }
        return ratios;
    }

    private static String cell(List<Double> values, String pattern) {
        if (values == null) {
            return "skipped";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        String text = String.format(Locale.ROOT, pattern, median);
        if (n > 1) {
            text += String.format(Locale.ROOT, " (" + pattern + "-" + pattern + ")", sorted.get(0), sorted.get(n - 1));
        }
        return text;
    }
}
