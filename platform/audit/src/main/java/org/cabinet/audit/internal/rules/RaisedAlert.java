package org.cabinet.audit.internal.rules;

import java.time.Instant;
import java.util.Objects;

import org.cabinet.api.audit.Alert;

/**
 * An alert a detection rule raised, before the audit store gives it an id.
 *
 * @param rule          the rule's name, e.g. {@code distinct-patients}
 * @param actor         the account concerned, or {@code null} when the rule is about an address
 * @param clientAddress the address the triggering event came from
 * @param raisedAt      the time of the event that made the rule fire
 * @param response      {@link Alert#FREEZE_ACCOUNT} or {@link Alert#NOTIFY}
 * @param detail        one sentence for an administrator: counts and times, never a patient or health data
 */
public record RaisedAlert(String rule, String actor, String clientAddress, Instant raisedAt, String response,
        String detail) {

    public RaisedAlert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(detail, "detail");
        if (!Alert.FREEZE_ACCOUNT.equals(response) && !Alert.NOTIFY.equals(response)) {
            throw new IllegalArgumentException("response must be " + Alert.FREEZE_ACCOUNT + " or " + Alert.NOTIFY);
        }
        if (actor == null && clientAddress == null) {
            throw new IllegalArgumentException("an alert concerns an actor, an address, or both");
        }
    }

    /** @return the alert as stored under {@code id} */
    public Alert toAlert(long id) {
        return new Alert(id, rule, actor, clientAddress, raisedAt, response, detail);
    }

    /** @return the Event Admin topic the alert is published on */
    public String topic() {
        return Alert.TOPIC_PREFIX + rule;
    }
}
