package org.cabinet.audit.internal.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of the detection rules. {@link #defaults()} gives the values an installation starts with; the
 * constructor refuses values that would make a rule fire on ordinary work, never fire, or hold unbounded memory.
 *
 * @param distinctPatientsPerHour most distinct patients an account may open within a sliding hour
 * @param usualRateFactor         how many times its usual hourly rate of distinct patients an account may reach
 * @param usualRateMinimum        smallest usual rate the factor applies to: below it (new or quiet accounts) only
 *                                the absolute limit judges
 * @param bruteForceAccounts      distinct accounts failing to log in from one address that make an attack
 * @param bruteForceFailures      failed logins from one address that make an attack, whatever the accounts
 * @param bruteForceWindow        the sliding window of both brute-force counts
 * @param unusualHoursMinHistory  events an account must have in its history before its hours are judged
 * @param unusualHoursShare       share of its history (0.01 = 1 %) under which an hour of the day is unusual
 * @param quietPeriod             how long a rule stays silent about an actor or address once it has fired
 */
public record RuleThresholds(int distinctPatientsPerHour, double usualRateFactor, double usualRateMinimum,
        int bruteForceAccounts, int bruteForceFailures, Duration bruteForceWindow, long unusualHoursMinHistory,
        double unusualHoursShare, Duration quietPeriod) {

    // Upper bounds keep the memory of a window bounded: each holds at most one entry per unit of its limit.
    private static final int MAX_DISTINCT_PATIENTS = 10_000;
    private static final int MAX_BRUTE_FORCE_COUNT = 10_000;
    private static final Duration MAX_WINDOW = Duration.ofDays(1);
    private static final double MAX_FACTOR = 100;
    private static final double EVEN_HOUR_SHARE = 1.0 / 24;

    /** @throws IllegalArgumentException naming the first threshold out of its range */
    public RuleThresholds {
        Objects.requireNonNull(bruteForceWindow, "bruteForceWindow");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        requireBetween("distinctPatientsPerHour", distinctPatientsPerHour, 1, MAX_DISTINCT_PATIENTS);
        if (!(usualRateFactor > 1 && usualRateFactor <= MAX_FACTOR)) {
            throw new IllegalArgumentException("usualRateFactor must be above 1 (an account at its usual rate would "
                    + "be alerted) and at most " + (int) MAX_FACTOR + ", not " + usualRateFactor);
        }
        if (!(usualRateMinimum >= 1 && Double.isFinite(usualRateMinimum))) {
            throw new IllegalArgumentException("usualRateMinimum must be at least 1 patient an hour, not "
                    + usualRateMinimum);
        }
        requireBetween("bruteForceAccounts", bruteForceAccounts, 2, MAX_BRUTE_FORCE_COUNT);
        requireBetween("bruteForceFailures", bruteForceFailures, 2, MAX_BRUTE_FORCE_COUNT);
        requireWindow("bruteForceWindow", bruteForceWindow);
        if (unusualHoursMinHistory < 24) {
            throw new IllegalArgumentException("unusualHoursMinHistory must be at least 24 events (one an hour of "
                    + "the day), not " + unusualHoursMinHistory);
        }
        if (!(unusualHoursShare > 0 && unusualHoursShare < EVEN_HOUR_SHARE)) {
            throw new IllegalArgumentException("unusualHoursShare must be above 0 and below 1/24 (an account active "
                    + "evenly around the clock would be alerted at every hour), not " + unusualHoursShare);
        }
        requireWindow("quietPeriod", quietPeriod);
    }

    /**
     * @return 100 distinct patients an hour or 3 times the usual rate (when at least 5), 5 accounts or 20 failures
     *         from one address within 10 minutes, hours under 1 % of at least 200 events, one hour of quiet
     */
    public static RuleThresholds defaults() {
        return new RuleThresholds(100, 3, 5, 5, 20, Duration.ofMinutes(10), 200, 0.01, Duration.ofHours(1));
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    private static void requireWindow(String name, Duration value) {
        if (value.compareTo(Duration.ofMinutes(1)) < 0 || value.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException(name + " must be between 1 minute and 1 day, not " + value);
        }
    }
}
