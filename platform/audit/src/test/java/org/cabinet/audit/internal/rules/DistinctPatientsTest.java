package org.cabinet.audit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabinet.audit.internal.rules.TestEvents.NINE_UTC;
import static org.cabinet.audit.internal.rules.TestEvents.PARIS;

import java.time.Duration;
import java.util.List;

import org.cabinet.api.audit.Alert;
import org.junit.jupiter.api.Test;

class DistinctPatientsTest {

    private final FakeBaselines baselines = new FakeBaselines();
    private final DetectionRules rules = new DetectionRules(RuleThresholds.defaults(), baselines, PARIS);
    private final TestEvents events = new TestEvents();

    @Test
    void aHundredPatientsInAnHourAreFineAndTheHundredAndFirstFreezesTheAccount() {
        List<RaisedAlert> firstHundred = rules.evaluateAll(
                events.distinctReads("drh", "p", 100, NINE_UTC, Duration.ofSeconds(30)));
        List<RaisedAlert> next = rules.evaluate(events.read("drh", "p100", NINE_UTC.plusSeconds(3000)));

        assertThat(firstHundred).isEmpty();
        assertThat(next).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("distinct-patients");
            assertThat(alert.actor()).isEqualTo("drh");
            assertThat(alert.clientAddress()).isEqualTo(TestEvents.DESK);
            assertThat(alert.response()).isEqualTo(Alert.FREEZE_ACCOUNT);
            assertThat(alert.raisedAt()).isEqualTo(NINE_UTC.plusSeconds(3000));
            assertThat(alert.detail()).contains("100", "10:50").doesNotContain("p100", "p99");
        });
    }

    @Test
    void fiveHundredPatientsInAFewMinutesRaiseOneAlert() {
        List<RaisedAlert> raised = rules.evaluateAll(
                events.distinctReads("drh", "p", 500, NINE_UTC, Duration.ofMillis(500)));

        assertThat(raised).hasSize(1);
    }

    @Test
    void readingOnePatientFiveHundredTimesRaisesNothing() {
        for (int i = 0; i < 500; i++) {
            assertThat(rules.evaluate(events.read("drh", "p1", NINE_UTC.plusSeconds(i)))).isEmpty();
        }
    }

    @Test
    void patientsSpreadOverTwoHoursDoNotAddUp() {
        List<RaisedAlert> raised = rules.evaluateAll(
                events.distinctReads("drh", "a", 80, NINE_UTC, Duration.ofSeconds(30)));
        raised.addAll(rules.evaluateAll(
                events.distinctReads("drh", "b", 80, NINE_UTC.plus(Duration.ofMinutes(70)), Duration.ofSeconds(30))));

        assertThat(raised).isEmpty();
    }

    @Test
    void patientsWithinOneHourAddUp() {
        rules.evaluateAll(events.distinctReads("drh", "a", 80, NINE_UTC, Duration.ofSeconds(30)));
        List<RaisedAlert> raised = rules.evaluateAll(
                events.distinctReads("drh", "b", 80, NINE_UTC.plus(Duration.ofMinutes(45)), Duration.ofSeconds(10)));

        assertThat(raised).hasSize(1);
    }

    @Test
    void aPatientOpenedExactlyAnHourAgoHasLeftTheWindow() {
        rules.evaluateAll(events.distinctReads("drh", "a", 100, NINE_UTC, Duration.ZERO));

        assertThat(rules.evaluate(events.read("drh", "b", NINE_UTC.plus(Duration.ofHours(1))))).isEmpty();
    }

    @Test
    void aPatientOpenedJustUnderAnHourAgoStillCounts() {
        rules.evaluateAll(events.distinctReads("drh", "a", 100, NINE_UTC, Duration.ZERO));

        assertThat(rules.evaluate(events.read("drh", "b", NINE_UTC.plus(Duration.ofHours(1)).minusSeconds(1))))
                .hasSize(1);
    }

    @Test
    void accountsAreCountedApart() {
        List<RaisedAlert> raised = rules.evaluateAll(
                events.distinctReads("drh", "p", 100, NINE_UTC, Duration.ofSeconds(1)));
        raised.addAll(rules.evaluateAll(events.distinctReads("drm", "p", 100, NINE_UTC, Duration.ofSeconds(1))));

        assertThat(raised).isEmpty();
    }

    @Test
    void anAccountStillAboveTheLimitAfterTheQuietPeriodIsAlertedAgain() {
        List<RaisedAlert> raised = rules.evaluateAll(
                events.distinctReads("drh", "p", 720, NINE_UTC, Duration.ofSeconds(10)));

        assertThat(raised).hasSize(2);
        assertThat(Duration.between(raised.get(0).raisedAt(), raised.get(1).raisedAt()))
                .isGreaterThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void threeTimesTheUsualRateFreezesTheAccount() {
        baselines.usualRate("drh", 10);

        List<RaisedAlert> thirty = rules.evaluateAll(
                events.distinctReads("drh", "p", 30, NINE_UTC, Duration.ofSeconds(60)));
        List<RaisedAlert> next = rules.evaluate(events.read("drh", "p30", NINE_UTC.plusSeconds(1800)));

        assertThat(thirty).isEmpty();
        assertThat(next).singleElement().satisfies(alert -> {
            assertThat(alert.response()).isEqualTo(Alert.FREEZE_ACCOUNT);
            assertThat(alert.detail()).contains("31 distinct patients", "3 times", "usual 10");
        });
    }

    @Test
    void aUsualRateUnderTheMinimumLeavesOnlyTheAbsoluteLimit() {
        baselines.usualRate("drh", 4);

        List<RaisedAlert> raised = rules.evaluateAll(
                events.distinctReads("drh", "p", 100, NINE_UTC, Duration.ofSeconds(30)));

        assertThat(raised).isEmpty();
    }

    @Test
    void aNewAccountIsJudgedByTheAbsoluteLimitOnly() {
        List<RaisedAlert> raised = rules.evaluateAll(
                events.distinctReads("newcomer", "p", 101, NINE_UTC, Duration.ofSeconds(30)));

        assertThat(raised).singleElement().satisfies(alert -> assertThat(alert.detail()).contains("limit"));
    }

    @Test
    void theBaselineIsAskedOnceAnHourNotOnEveryEvent() {
        baselines.usualRate("drh", 50);

        rules.evaluateAll(events.distinctReads("drh", "p", 90, NINE_UTC, Duration.ofSeconds(30)));

        // one usual rate and one history of hours
        assertThat(baselines.questions).isEqualTo(2);
    }

    @Test
    void aFailingBaselineLeavesTheAbsoluteLimit() {
        DetectionRules blind = new DetectionRules(RuleThresholds.defaults(), new FakeBaselines().failing(), PARIS);

        List<RaisedAlert> raised = blind.evaluateAll(
                events.distinctReads("drh", "p", 101, NINE_UTC, Duration.ofSeconds(30)));

        assertThat(raised).singleElement().satisfies(alert -> assertThat(alert.rule()).isEqualTo("distinct-patients"));
    }
}
