package org.cabinet.audit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.cabinet.api.audit.Alert;
import org.junit.jupiter.api.Test;

class AlertWordingTest {

    private final AlertWording wording = new AlertWording(TestEvents.PARIS);

    @Test
    void timesAreThePractices() {
        assertThat(wording.clock(Instant.parse("2026-07-01T12:05:00Z"))).isEqualTo("14:05");
    }

    @Test
    void durationsAndNumbersReadNaturally() {
        assertThat(wording.duration(Duration.ofMinutes(10))).isEqualTo("10 minutes");
        assertThat(wording.duration(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(wording.duration(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(wording.number(3)).isEqualTo("3");
        assertThat(wording.number(8.25)).isEqualTo("8.3");
        assertThat(wording.percent(0.005)).isEqualTo("0.5 %");
    }

    @Test
    void aRaisedAlertBecomesTheStoredAlertAndItsTopic() {
        RaisedAlert raised = new RaisedAlert("brute-force", null, "203.0.113.9", Instant.EPOCH, Alert.NOTIFY, "x.");

        assertThat(raised.toAlert(42))
                .isEqualTo(new Alert(42, "brute-force", null, "203.0.113.9", Instant.EPOCH, Alert.NOTIFY, "x."));
        assertThat(raised.topic()).isEqualTo("org/cabinet/alert/brute-force");
    }
}
