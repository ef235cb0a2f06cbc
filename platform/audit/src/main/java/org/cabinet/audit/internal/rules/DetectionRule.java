package org.cabinet.audit.internal.rules;

import java.time.Instant;
import java.util.Optional;

import org.cabinet.api.audit.RecordedEvent;

/**
 * One rule of {@link DetectionRules}. Not thread-safe: {@link DetectionRules} guards it. Repeated alerts are
 * suppressed by the caller, not by the rule.
 */
interface DetectionRule {

    /** Takes the event into the rule's windows, without judging it (also used to warm up after a restart). */
    default void record(RecordedEvent recorded) {
    }

    /** @return the alert the event raises, judged after {@link #record} has taken it in */
    Optional<RaisedAlert> judge(RecordedEvent recorded);

    /** Forgets what no longer counts at {@code now}. */
    default void evictExpired(Instant now) {
    }

    /** @return how many actors or addresses the rule holds state for */
    default int trackedKeys() {
        return 0;
    }
}
