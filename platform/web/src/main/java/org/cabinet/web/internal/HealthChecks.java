package org.cabinet.web.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cabinet.api.health.HealthStatus;
import org.cabinet.api.health.HealthStatus.State;

/** Gathers what the health checks say into one status. */
final class HealthChecks {

    /** Cabinet does not serve without these: until they have registered, it is starting. */
    static final Set<String> REQUIRED = Set.of("database", "audit");

    private HealthChecks() {
    }

    /** @return every check by name, the required ones that are missing reported down */
    static Map<String, HealthStatus> withRequired(Map<String, HealthStatus> reported) {
        Map<String, HealthStatus> checks = new TreeMap<>(reported);
        REQUIRED.forEach(name -> checks.putIfAbsent(name, HealthStatus.down("starting")));
        return checks;
    }

    static String status(Map<String, HealthStatus> checks) {
        if (checks.values().stream().anyMatch(check -> check.state() == State.DOWN)) {
            return "DOWN";
        }
        return checks.values().stream().anyMatch(check -> check.state() == State.WARN) ? "DEGRADED" : "UP";
    }
}
