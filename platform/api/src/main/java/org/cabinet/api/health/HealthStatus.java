package org.cabinet.api.health;

import java.util.Objects;

/**
 * What a {@link HealthCheck} found.
 *
 * @param state  how it works
 * @param detail one sentence for an administrator: what is wrong and what to do; never health data or secrets
 * @since 1.0
 */
public record HealthStatus(State state, String detail) {

    /** How a part of Cabinet works. */
    public enum State {
        /** works */
        UP,
        /** works, but an administrator must act (e.g. no tested key backup) */
        WARN,
        /** does not work */
        DOWN
    }

    public HealthStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
    }

    public static HealthStatus up(String detail) {
        return new HealthStatus(State.UP, detail);
    }

    public static HealthStatus warn(String detail) {
        return new HealthStatus(State.WARN, detail);
    }

    public static HealthStatus down(String detail) {
        return new HealthStatus(State.DOWN, detail);
    }
}
