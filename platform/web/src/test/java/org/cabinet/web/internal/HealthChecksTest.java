package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.cabinet.api.health.HealthStatus;
import org.junit.jupiter.api.Test;

class HealthChecksTest {

    @Test
    void aMissingDatabaseCheckMeansStarting() {
        Map<String, HealthStatus> checks = HealthChecks.withRequired(Map.of());

        assertThat(checks).containsEntry("database", HealthStatus.down("starting"));
        assertThat(HealthChecks.status(checks)).isEqualTo("DOWN");
    }

    @Test
    void oneWarningDegradesAndOneDownWins() {
        HealthStatus up = HealthStatus.up("ok");
        assertThat(HealthChecks.status(HealthChecks.withRequired(Map.of("database", up, "audit", up)))).isEqualTo("UP");
        assertThat(HealthChecks.status(HealthChecks.withRequired(Map.of("database", up)))).isEqualTo("DOWN");
        assertThat(HealthChecks.status(Map.of("database", up, "keys", up))).isEqualTo("UP");
        assertThat(HealthChecks.status(Map.of("database", up, "keys", HealthStatus.warn("untested"))))
                .isEqualTo("DEGRADED");
        assertThat(HealthChecks.status(Map.of("database", HealthStatus.down("x"), "keys", HealthStatus.warn("y"))))
                .isEqualTo("DOWN");
    }
}
