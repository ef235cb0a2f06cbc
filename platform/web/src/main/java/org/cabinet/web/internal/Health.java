package org.cabinet.web.internal;

import java.util.List;
import java.util.Map;

import org.cabinet.api.health.HealthStatus;

/**
 * What {@code GET /api/health} answers.
 *
 * @param status  {@code UP} when every check is up, {@code DEGRADED} when one warns, {@code DOWN} when one is
 *                down or a check Cabinet cannot work without has not started
 * @param version the version of the Cabinet distribution
 * @param modules the Cabinet features installed, by name
 * @param checks  what each part of Cabinet says about itself, by name
 */
public record Health(String status, String version, List<String> modules, Map<String, HealthStatus> checks) {
}
