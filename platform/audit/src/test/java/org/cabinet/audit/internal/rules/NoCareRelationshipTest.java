package org.cabinet.audit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabinet.api.audit.AccessBasis.BREAK_GLASS;
import static org.cabinet.api.audit.AccessBasis.CARE_RELATIONSHIP;
import static org.cabinet.api.audit.AccessBasis.NO_RELATIONSHIP;
import static org.cabinet.api.audit.AuditOutcome.DENIED;
import static org.cabinet.api.audit.AuditOutcome.SUCCESS;
import static org.cabinet.audit.internal.rules.TestEvents.NINE_UTC;
import static org.cabinet.audit.internal.rules.TestEvents.PARIS;

import java.util.List;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditAction;
import org.junit.jupiter.api.Test;

class NoCareRelationshipTest {

    private final DetectionRules rules = new DetectionRules(RuleThresholds.defaults(), new FakeBaselines(), PARIS);
    private final TestEvents events = new TestEvents();

    @Test
    void aReadWithoutCareRelationshipFreezesTheAccount() {
        List<RaisedAlert> raised = rules.evaluate(
                events.access("drh", "p1", AuditAction.READ, SUCCESS, NO_RELATIONSHIP, NINE_UTC));

        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("no-care-relationship");
            assertThat(alert.actor()).isEqualTo("drh");
            assertThat(alert.response()).isEqualTo(Alert.FREEZE_ACCOUNT);
            assertThat(alert.detail()).contains("read", "10:00").doesNotContain("p1");
        });
    }

    @Test
    void aRefusedAttemptNotifies() {
        assertThat(rules.evaluate(events.access("drh", "p1", AuditAction.READ, DENIED, NO_RELATIONSHIP, NINE_UTC)))
                .singleElement().satisfies(alert -> {
                    assertThat(alert.response()).isEqualTo(Alert.NOTIFY);
                    assertThat(alert.detail()).contains("refused");
                });
    }

    @Test
    void anAuthorizationRefusalWithoutCareRelationshipNotifies() {
        assertThat(rules.evaluate(
                events.access("drh", "p1", AuditAction.ACCESS_DENIED, DENIED, NO_RELATIONSHIP, NINE_UTC)))
                .singleElement().satisfies(alert -> assertThat(alert.response()).isEqualTo(Alert.NOTIFY));
    }

    @Test
    void aBreakGlassNotifies() {
        assertThat(rules.evaluate(events.access("drh", "p1", AuditAction.BREAK_GLASS, SUCCESS, BREAK_GLASS, NINE_UTC)))
                .singleElement().satisfies(alert -> {
                    assertThat(alert.response()).isEqualTo(Alert.NOTIFY);
                    assertThat(alert.detail()).contains("Break-glass");
                });
    }

    @Test
    void readsUnderACareRelationshipOrABreakGlassGrantRaiseNothing() {
        assertThat(rules.evaluate(events.access("drh", "p1", AuditAction.UPDATE, SUCCESS, CARE_RELATIONSHIP, NINE_UTC)))
                .isEmpty();
        assertThat(rules.evaluate(events.access("drh", "p2", AuditAction.READ, SUCCESS, BREAK_GLASS, NINE_UTC)))
                .isEmpty();
    }

    @Test
    void aFreezeAfterANotificationIsNotSwallowedByTheQuietPeriod() {
        List<RaisedAlert> glass = rules.evaluate(
                events.access("drh", "p1", AuditAction.BREAK_GLASS, SUCCESS, BREAK_GLASS, NINE_UTC));
        List<RaisedAlert> read = rules.evaluate(
                events.access("drh", "p2", AuditAction.READ, SUCCESS, NO_RELATIONSHIP, NINE_UTC.plusSeconds(60)));
        List<RaisedAlert> again = rules.evaluate(
                events.access("drh", "p3", AuditAction.READ, SUCCESS, NO_RELATIONSHIP, NINE_UTC.plusSeconds(120)));
        List<RaisedAlert> refused = rules.evaluate(
                events.access("drh", "p4", AuditAction.READ, DENIED, NO_RELATIONSHIP, NINE_UTC.plusSeconds(180)));

        assertThat(glass).extracting(RaisedAlert::response).containsExactly(Alert.NOTIFY);
        assertThat(read).extracting(RaisedAlert::response).containsExactly(Alert.FREEZE_ACCOUNT);
        assertThat(again).isEmpty();
        assertThat(refused).isEmpty();
    }
}
