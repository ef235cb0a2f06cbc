package org.cabinet.audit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabinet.audit.internal.rules.TestEvents.NINE_UTC;
import static org.cabinet.audit.internal.rules.TestEvents.PARIS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

class BruteForceTest {

    private static final String ATTACKER = "203.0.113.9";

    private final DetectionRules rules = new DetectionRules(RuleThresholds.defaults(), new FakeBaselines(), PARIS);
    private final TestEvents events = new TestEvents();

    @Test
    void failuresForFiveAccountsFromOneAddressNotifyAboutTheAddress() {
        List<RaisedAlert> raised = fail(5, i -> "user" + i, i -> ATTACKER, Duration.ofMinutes(1));

        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("brute-force");
            assertThat(alert.actor()).isNull();
            assertThat(alert.clientAddress()).isEqualTo(ATTACKER);
            assertThat(alert.response()).isEqualTo(Alert.NOTIFY);
            assertThat(alert.raisedAt()).isEqualTo(NINE_UTC.plus(Duration.ofMinutes(4)));
            assertThat(alert.detail()).contains("5 different accounts", "10 minutes");
        });
    }

    @Test
    void fourAccountsAreNotAnAttack() {
        assertThat(fail(4, i -> "user" + i, i -> ATTACKER, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void fiveAccountsFromFiveAddressesAreNotAnAttack() {
        assertThat(fail(5, i -> "user" + i, i -> "198.51.100." + i, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        assertThat(fail(8, i -> "user" + i, i -> ATTACKER, Duration.ofMinutes(3))).isEmpty();
    }

    @Test
    void twentyFailuresForOneAccountFromOneAddressNotify() {
        List<RaisedAlert> nineteen = fail(19, i -> "drh", i -> ATTACKER, Duration.ofSeconds(20));
        List<RaisedAlert> twentieth = rules.evaluate(events.loginFailure("drh", ATTACKER, NINE_UTC.plusSeconds(390)));

        assertThat(nineteen).isEmpty();
        assertThat(twentieth).singleElement().satisfies(alert -> {
            assertThat(alert.clientAddress()).isEqualTo(ATTACKER);
            assertThat(alert.detail()).contains("20 failed logins");
        });
    }

    @Test
    void aLongSprayRaisesOneAlertPerQuietPeriod() {
        assertThat(fail(200, i -> "user" + i, i -> ATTACKER, Duration.ofSeconds(10))).hasSize(1);
    }

    @Test
    void aLockoutNotifiesAboutTheAccount() {
        List<RaisedAlert> raised = rules.evaluate(
                events.session("drh", AuditAction.LOCKOUT, AuditOutcome.SUCCESS, ATTACKER, NINE_UTC));

        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("brute-force");
            assertThat(alert.actor()).isEqualTo("drh");
            assertThat(alert.response()).isEqualTo(Alert.NOTIFY);
            assertThat(alert.detail()).contains("10:00");
        });
    }

    @Test
    void aSuccessfulLoginIsNoFailure() {
        for (int i = 0; i < 30; i++) {
            assertThat(rules.evaluate(events.session("user" + i, AuditAction.LOGIN, AuditOutcome.SUCCESS, ATTACKER,
                    NINE_UTC.plusSeconds(i)))).isEmpty();
        }
    }

    private List<RaisedAlert> fail(int count, IntFunction<String> actor, IntFunction<String> address, Duration step) {
        List<RaisedAlert> raised = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            raised.addAll(rules.evaluate(
                    events.loginFailure(actor.apply(i), address.apply(i), NINE_UTC.plus(step.multipliedBy(i)))));
        }
        return raised;
    }
}
