package org.cabinet.audit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cabinet.api.audit.AccessBasis.NO_RELATIONSHIP;
import static org.cabinet.api.audit.AuditAction.READ;
import static org.cabinet.api.audit.AuditOutcome.SUCCESS;
import static org.cabinet.audit.internal.rules.TestEvents.NINE_UTC;
import static org.cabinet.audit.internal.rules.TestEvents.PARIS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.RecordedEvent;
import org.junit.jupiter.api.Test;

class DetectionRulesTest {

    private final DetectionRules rules = new DetectionRules(RuleThresholds.defaults(), new FakeBaselines(), PARIS);
    private final TestEvents events = new TestEvents();

    @Test
    void replayRaisesNothingButRemembersTheWindows() {
        rules.replay(events.distinctReads("drh", "p", 100, NINE_UTC, Duration.ofSeconds(20)));
        for (int i = 0; i < 6; i++) {
            rules.replay(List.of(events.loginFailure("user" + i, "203.0.113.9", NINE_UTC.plusSeconds(i))));
        }

        List<RaisedAlert> raised = rules.evaluate(events.read("drh", "p100", NINE_UTC.plus(Duration.ofMinutes(40))));

        assertThat(raised).extracting(RaisedAlert::rule).containsExactly("distinct-patients");
    }

    @Test
    void anAlertRememberedFromBeforeARestartKeepsItsQuietPeriod() {
        rules.replay(events.distinctReads("drh", "p", 150, NINE_UTC, Duration.ofSeconds(10)));
        rules.remember(new Alert(7, "distinct-patients", "drh", TestEvents.DESK, NINE_UTC.plusSeconds(1000),
                Alert.FREEZE_ACCOUNT, "More than 100 distinct patients opened in the hour before 10:16."));

        assertThat(rules.evaluate(events.read("drh", "p150", NINE_UTC.plusSeconds(1600)))).isEmpty();
    }

    @Test
    void anAlertWhoseQuietPeriodIsOverIsRaisedAgain() {
        rules.remember(new Alert(7, "no-care-relationship", "drh", TestEvents.DESK, NINE_UTC.minus(Duration.ofHours(2)),
                Alert.FREEZE_ACCOUNT, "Patient data (read) reached without a care relationship at 08:00."));

        assertThat(rules.evaluate(events.access("drh", "p1", READ, SUCCESS, NO_RELATIONSHIP, NINE_UTC))).hasSize(1);
    }

    @Test
    void oneEventCanRaiseSeveralRules() {
        FakeBaselines baselines = new FakeBaselines().history("drh", 40, 3, 0);
        DetectionRules night = new DetectionRules(RuleThresholds.defaults(), baselines, PARIS);
        Instant threeAm = Instant.parse("2026-01-12T02:00:00Z");
        night.replay(events.distinctReads("drh", "p", 100, threeAm, Duration.ofSeconds(1)));

        List<RaisedAlert> raised = night.evaluate(
                events.access("drh", "p100", READ, SUCCESS, NO_RELATIONSHIP, threeAm.plusSeconds(100)));

        assertThat(raised).extracting(RaisedAlert::rule)
                .containsExactly("distinct-patients", "no-care-relationship", "unusual-hours");
    }

    @Test
    void stateOfIdleActorsAndAddressesIsForgotten() {
        for (int i = 0; i < 10_000; i++) {
            rules.evaluate(events.read("user" + i, "p" + i, NINE_UTC));
            rules.evaluate(events.loginFailure("user" + i, "198.51." + i / 256 + "." + i % 256, NINE_UTC));
        }
        int busy = rules.trackedKeys();

        rules.evaluate(events.read("late", "p1", NINE_UTC.plus(Duration.ofHours(2))));

        assertThat(busy).isGreaterThanOrEqualTo(20_000);
        // the late reader's window and its cached history of hours
        assertThat(rules.trackedKeys()).isEqualTo(2);
    }

    @Test
    void aFloodOfAddressesWithinOneWindowIsBounded() {
        for (int i = 0; i < DetectionRules.MAX_TRACKED_KEYS + 5_000; i++) {
            rules.evaluate(events.loginFailure("anonymous", "2001:db8::" + Integer.toHexString(i),
                    NINE_UTC.plusMillis(i)));
        }

        assertThat(rules.trackedKeys()).isEqualTo(DetectionRules.MAX_TRACKED_KEYS);
    }

    @Test
    void evaluatingFromSeveralThreadsRaisesOneAlert() throws Exception {
        List<RecordedEvent> reads = events.distinctReads("drh", "p", 1_000, NINE_UTC, Duration.ZERO);
        List<RaisedAlert> raised = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<RecordedEvent> share = reads.subList(t * 250, (t + 1) * 250);
                done.add(threads.submit(() -> share.forEach(read -> raised.addAll(rules.evaluate(read)))));
            }
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(raised).hasSize(1);
    }

    @Test
    void anEventWithoutATimeIsRefused() {
        RecordedEvent read = events.read("drh", "p1", NINE_UTC);
        RecordedEvent timeless = new RecordedEvent(read.sequence(), null, read.node(), read.event(), read.hash());

        assertThatThrownBy(() -> rules.evaluate(timeless)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("time");
    }
}
