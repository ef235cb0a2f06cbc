package org.cabinet.audit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabinet.audit.internal.rules.TestEvents.NINE_UTC;
import static org.cabinet.audit.internal.rules.TestEvents.PARIS;

import java.time.Instant;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.RecordedEvent;
import org.junit.jupiter.api.Test;

class InactiveAccountTest {

    private final DetectionRules rules = new DetectionRules(RuleThresholds.defaults(), new FakeBaselines(), PARIS);

    @Test
    void anAccountDisabledForDisuseIsShownToAdministrators() {
        assertThat(rules.evaluate(change("user-inactive", "u-gone", NINE_UTC))).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("inactive-account");
            assertThat(alert.actor()).isEqualTo("u-gone");
            assertThat(alert.response()).isEqualTo(Alert.NOTIFY);
            assertThat(alert.detail()).contains("10:00", "unused");
        });
    }

    @Test
    void otherAdministrativeChangesRaiseNothing() {
        assertThat(rules.evaluate(change("user-status", "u-gone", NINE_UTC))).isEmpty();
        assertThat(rules.evaluate(change("user-inactive", null, NINE_UTC))).isEmpty();
    }

    private static RecordedEvent change(String resourceType, String account, Instant at) {
        return new RecordedEvent(1, at, "node-1", new AuditEvent("system", "system", null, AuditAction.ADMIN_CHANGE,
                resourceType, account, AuditOutcome.SUCCESS, AccessBasis.NOT_APPLICABLE, "local"), "0".repeat(64));
    }
}
