package org.cabinet.audit.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalDouble;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the answers of {@link ActivityBaselines} for an hour of event time. A baseline summarises weeks, so an
 * hour-old answer is as good as a fresh one, and it spares a query per audited event. Not thread-safe.
 */
final class BaselineCache {

    private static final Logger LOG = LoggerFactory.getLogger(BaselineCache.class);
    private static final Duration KEPT = Duration.ofHours(1);
    // After a failure the rules judge without a baseline for a while rather than query on every event.
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final ActivityBaselines baselines;
    private final ExpiringMap<OptionalDouble> usualRates;
    private final ExpiringMap<long[]> hoursOfDay;

    BaselineCache(ActivityBaselines baselines, int maxActors) {
        this.baselines = baselines;
        this.usualRates = new ExpiringMap<>(maxActors);
        this.hoursOfDay = new ExpiringMap<>(maxActors);
    }

    /** @see ActivityBaselines#usualDistinctPatientsPerHour(String) */
    OptionalDouble usualDistinctPatientsPerHour(String actor, Instant now) {
        OptionalDouble rate = usualRates.get(actor, now);
        if (rate == null) {
            try {
                rate = baselines.usualDistinctPatientsPerHour(actor);
                usualRates.put(actor, rate, now.plus(KEPT));
            } catch (RuntimeException e) {
                LOG.warn("The usual rate of an account is unknown for now: {}", e.toString());
                rate = OptionalDouble.empty();
                usualRates.put(actor, rate, now.plus(RETRY_AFTER));
            }
        }
        return rate;
    }

    /** @see ActivityBaselines#eventsByHourOfDay(String) */
    long[] eventsByHourOfDay(String actor, Instant now) {
        long[] counts = hoursOfDay.get(actor, now);
        if (counts == null) {
            try {
                counts = checked(baselines.eventsByHourOfDay(actor));
                hoursOfDay.put(actor, counts, now.plus(KEPT));
            } catch (RuntimeException e) {
                LOG.warn("The usual hours of an account are unknown for now: {}", e.toString());
                counts = new long[ActivityBaselines.HOURS_OF_DAY];
                hoursOfDay.put(actor, counts, now.plus(RETRY_AFTER));
            }
        }
        return counts;
    }

    void evictExpired(Instant now) {
        usualRates.evictExpired(now);
        hoursOfDay.evictExpired(now);
    }

    int size() {
        return usualRates.size() + hoursOfDay.size();
    }

    private static long[] checked(long[] counts) {
        if (counts == null || counts.length != ActivityBaselines.HOURS_OF_DAY
                || Arrays.stream(counts).anyMatch(count -> count < 0)) {
            throw new IllegalStateException("eventsByHourOfDay must give 24 counts of at least 0");
        }
        return counts.clone();
    }
}
