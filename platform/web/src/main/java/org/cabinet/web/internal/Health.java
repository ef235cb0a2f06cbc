package org.cabinet.web.internal;

import java.util.List;

/**
 * What {@code GET /api/health} answers.
 *
 * @param status  {@code UP} while Cabinet serves
 * @param version the version of the Cabinet distribution
 * @param modules the Cabinet features installed, by name
 */
public record Health(String status, String version, List<String> modules) {
}
