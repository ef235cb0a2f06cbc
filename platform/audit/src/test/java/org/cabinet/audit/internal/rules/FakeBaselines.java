package org.cabinet.audit.internal.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Baselines set by a test; an account without one has no history. Counts the questions asked. */
final class FakeBaselines implements ActivityBaselines {

    private final Map<String, Double> usualRates = new HashMap<>();
    private final Map<String, long[]> hours = new HashMap<>();
    private boolean failing;
    int questions;

    FakeBaselines usualRate(String actor, double distinctPatientsPerHour) {
        usualRates.put(actor, distinctPatientsPerHour);
        return this;
    }

    /** Gives {@code actor} {@code perHour} events at each hour of the day, but {@code rare} at {@code rareHour}. */
    FakeBaselines history(String actor, long perHour, int rareHour, long rare) {
        long[] counts = new long[HOURS_OF_DAY];
        Arrays.fill(counts, perHour);
        counts[rareHour] = rare;
        hours.put(actor, counts);
        return this;
    }

    FakeBaselines failing() {
        failing = true;
        return this;
    }

    @Override
    public OptionalDouble usualDistinctPatientsPerHour(String actor) {
        ask();
        Double rate = usualRates.get(actor);
        return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate);
    }

    @Override
    public long[] eventsByHourOfDay(String actor) {
        ask();
        return hours.getOrDefault(actor, new long[HOURS_OF_DAY]).clone();
    }

    private void ask() {
        questions++;
        if (failing) {
            throw new IllegalStateException("database unavailable");
        }
    }
}
