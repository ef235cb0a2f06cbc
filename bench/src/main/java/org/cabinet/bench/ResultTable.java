package org.cabinet.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Prints writes per second by case, and the cost of encryption as ratios of them: each cell is
 * the median over the rounds, with the lowest and highest value in brackets.
 */
final class ResultTable {

    private static final String ROW = "%-46s %20s %20s%n";

    private final PrintStream out;
    private final String manyHeader;

    ResultTable(PrintStream out, int writers) {
        this.out = out;
        this.manyHeader = writers + " writers";
    }

    void header(String title) {
        out.printf(Locale.ROOT, ROW, title, "1 writer", manyHeader);
    }

    /** @param measured the case, or {@code null} when it did not run */
    void rates(String name, BenchCase measured) {
        out.printf(Locale.ROOT, ROW, name, cell(measured, false, "%.0f"), cell(measured, true, "%.0f"));
    }

    /**
     * plain ÷ encrypted, taken round by round, so that a change of load on the machine between
     * rounds weighs on both sides of each ratio: above 1, encryption makes writing slower.
     */
    void ratio(String name, BenchCase plain, BenchCase encrypted) {
        out.printf(Locale.ROOT, ROW, name, ratioCell(plain, encrypted, false), ratioCell(plain, encrypted, true));
    }

    private static String cell(BenchCase measured, boolean concurrent, String pattern) {
        return measured == null ? "skipped" : summary(measured.rates(concurrent), pattern);
    }

    private static String ratioCell(BenchCase plain, BenchCase encrypted, boolean concurrent) {
        if (plain == null || encrypted == null) {
            return "skipped";
        }
        List<Double> plainRates = plain.rates(concurrent);
        List<Double> encryptedRates = encrypted.rates(concurrent);
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < plainRates.size(); round++) {
            ratios.add(plainRates.get(round) / encryptedRates.get(round));
        }
        return summary(ratios, "%.2f");
    }

    private static String summary(List<Double> values, String pattern) {
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
