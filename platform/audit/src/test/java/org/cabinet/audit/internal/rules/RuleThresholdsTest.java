package org.cabinet.audit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RuleThresholdsTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void theDefaultsAreThoseOfTheIssue() {
        assertThat(RuleThresholds.defaults()).isEqualTo(
                new RuleThresholds(100, 3.0, 5.0, 5, 20, TEN_MINUTES, 200, 0.01, HOUR));
    }

    @Test
    void aFactorOfOneWouldAlertOrdinaryWork() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, 1, 5, 5, 20, TEN_MINUTES, 200, 0.01, HOUR))
                .withMessageContaining("usualRateFactor must be above 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, Double.NaN, 5, 5, 20, TEN_MINUTES, 200, 0.01, HOUR))
                .withMessageContaining("usualRateFactor");
    }

    @Test
    void limitsMustBeCountsWithinReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(0, 3, 5, 5, 20, TEN_MINUTES, 200, 0.01, HOUR))
                .withMessage("distinctPatientsPerHour must be between 1 and 10000, not 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(1_000_000, 3, 5, 5, 20, TEN_MINUTES, 200, 0.01, HOUR))
                .withMessageContaining("distinctPatientsPerHour");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, 3, 0.5, 5, 20, TEN_MINUTES, 200, 0.01, HOUR))
                .withMessageContaining("usualRateMinimum");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, 3, 5, 1, 20, TEN_MINUTES, 200, 0.01, HOUR))
                .withMessageContaining("bruteForceAccounts");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, 3, 5, 5, -3, TEN_MINUTES, 200, 0.01, HOUR))
                .withMessageContaining("bruteForceFailures");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, 3, 5, 5, 20, TEN_MINUTES, 10, 0.01, HOUR))
                .withMessageContaining("unusualHoursMinHistory");
    }

    @Test
    void aShareAboveAnEvenHourWouldAlertRoundTheClockWork() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, 3, 5, 5, 20, TEN_MINUTES, 200, 0.05, HOUR))
                .withMessageContaining("unusualHoursShare must be above 0 and below 1/24");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, 3, 5, 5, 20, TEN_MINUTES, 200, 0, HOUR))
                .withMessageContaining("unusualHoursShare");
    }

    @Test
    void windowsMustLastBetweenAMinuteAndADay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, 3, 5, 5, 20, Duration.ZERO, 200, 0.01, HOUR))
                .withMessageContaining("bruteForceWindow must be between 1 minute and 1 day");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleThresholds(100, 3, 5, 5, 20, TEN_MINUTES, 200, 0.01, Duration.ofDays(30)))
                .withMessageContaining("quietPeriod");
    }
}
