package org.cabinet.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A whiteboard service: one part of Cabinet (the database, the key backup, a module) says whether it works.
 * {@code GET /api/health} asks every registered check; Cabinet is {@code DOWN} when one check is down, and
 * {@code DEGRADED} when one warns. A check answers quickly and never throws.
 *
 * @since 1.0
 */
@ConsumerType
public interface HealthCheck {

    /** service property: the name the check is reported under, e.g. {@code database} */
    String NAME = "cabinet.health.check";

    /** @return the state of this part now */
    HealthStatus check();
}
