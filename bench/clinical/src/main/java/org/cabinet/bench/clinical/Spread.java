package org.cabinet.bench.clinical;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** A figure over the rounds: its median, lowest and highest. */
record Spread(double median, double low, double high) {

    static <T> Spread of(List<T> rounds, ToDoubleFunction<T> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return new Spread(median, values[0], values[n - 1]);
    }

    static Spread of(double... values) {
        return of(Arrays.stream(values).boxed().toList(), Double::doubleValue);
    }

    /** @return e.g. {@code 12.3 (11.0-14.1)} with {@code format} for each number */
    String format(String format) {
        return String.format(Locale.ROOT, format + " (" + format + "-" + format + ")", median, low, high);
    }
}
