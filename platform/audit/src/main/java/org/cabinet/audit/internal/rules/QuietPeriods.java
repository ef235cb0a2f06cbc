package org.cabinet.audit.internal.rules;

import java.time.Duration;
import java.time.Instant;

import org.cabinet.api.audit.Alert;

/**
 * Keeps a rule from raising the same alert over and over: once it fired for an actor (or, when the alert names
 * none, an address) it stays silent about it for the quiet period, unless it now asks for a stronger response
 * (a freeze after a notification is never swallowed). Not thread-safe.
 */
final class QuietPeriods {

    private final Duration quietPeriod;
    private final ExpiringMap<String> responses;

    QuietPeriods(Duration quietPeriod, int maxKeys) {
        this.quietPeriod = quietPeriod;
        this.responses = new ExpiringMap<>(maxKeys);
    }

    /** @return whether the alert is to be raised; if so, its quiet period starts */
    boolean admit(RaisedAlert alert) {
        return admit(alert.rule(), alert.actor(), alert.clientAddress(), alert.response(), alert.raisedAt());
    }

    /** Starts the quiet period of an alert raised before a restart (a no-op when it is over). */
    void remember(Alert alert) {
        admit(alert.rule(), alert.actor(), alert.clientAddress(), alert.response(), alert.raisedAt());
    }

    void evictExpired(Instant now) {
        responses.evictExpired(now);
    }

    int size() {
        return responses.size();
    }

    private boolean admit(String rule, String actor, String clientAddress, String response, Instant at) {
        // Identifiers hold no spaces (AuditEvent), so the key cannot be ambiguous.
        String key = rule + (actor != null ? " actor " + actor : " address " + clientAddress);
        String earlier = responses.get(key, at);
        if (earlier != null && strength(response) <= strength(earlier)) {
            return false;
        }
        responses.put(key, response, at.plus(quietPeriod));
        return true;
    }

    private static int strength(String response) {
        return Alert.FREEZE_ACCOUNT.equals(response) ? 1 : 0;
    }
}
