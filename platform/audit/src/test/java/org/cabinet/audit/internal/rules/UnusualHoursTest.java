package org.cabinet.audit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabinet.audit.internal.rules.TestEvents.PARIS;

import java.time.Duration;
import java.time.Instant;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

class UnusualHoursTest {

    /** 03:15 in Paris, 02:15 UTC: a winter night */
    private static final Instant NIGHT = Instant.parse("2026-01-12T02:15:00Z");

    private final FakeBaselines baselines = new FakeBaselines();
    private final DetectionRules rules = new DetectionRules(RuleThresholds.defaults(), baselines, PARIS);
    private final TestEvents events = new TestEvents();

    @Test
    void anAccessAtAnHourAlmostAbsentFromALongHistoryNotifies() {
        baselines.history("drh", 40, 3, 2);

        assertThat(rules.evaluate(events.read("drh", "p1", NIGHT))).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("unusual-hours");
            assertThat(alert.actor()).isEqualTo("drh");
            assertThat(alert.response()).isEqualTo(Alert.NOTIFY);
            assertThat(alert.detail()).contains("03:15", "2 of", "922", "1 %").doesNotContain("p1");
        });
    }

    @Test
    void theHourIsThePracticesNotUtc() {
        // 02:00 UTC is as busy as any hour; 03:00 in Paris is not
        baselines.history("drh", 40, 2, 2);

        assertThat(rules.evaluate(events.read("drh", "p1", NIGHT))).isEmpty();
    }

    @Test
    void anAccountWithLittleHistoryIsNotJudged() {
        baselines.history("newcomer", 8, 3, 0);

        assertThat(rules.evaluate(events.read("newcomer", "p1", NIGHT))).isEmpty();
    }

    @Test
    void anHourJustOverTheShareIsNotUnusual() {
        // 23 x 43 + 10 = 999 events, 10 of them at 3: just over 1 %
        baselines.history("drh", 43, 3, 10);

        assertThat(rules.evaluate(events.read("drh", "p1", NIGHT))).isEmpty();
    }

    @Test
    void anHourJustUnderTheShareIsUnusual() {
        // 23 x 43 + 9 = 998 events, 9 of them at 3: just under 1 %
        baselines.history("drh", 43, 3, 9);

        assertThat(rules.evaluate(events.read("drh", "p1", NIGHT))).hasSize(1);
    }

    @Test
    void theUsualHoursRaiseNothing() {
        baselines.history("drh", 40, 3, 2);

        assertThat(rules.evaluate(events.read("drh", "p1", Instant.parse("2026-01-12T09:15:00Z")))).isEmpty();
    }

    @Test
    void aLoginAtNightIsNoDataAccess() {
        baselines.history("drh", 40, 3, 2);

        assertThat(rules.evaluate(events.session("drh", AuditAction.LOGIN, AuditOutcome.SUCCESS, "10.0.0.7", NIGHT)))
                .isEmpty();
    }

    @Test
    void aNightOfWorkRaisesOneAlert() {
        baselines.history("drh", 40, 3, 2);

        assertThat(rules.evaluateAll(events.distinctReads("drh", "p", 40, NIGHT, Duration.ofMinutes(1))))
                .hasSize(1);
    }
}
