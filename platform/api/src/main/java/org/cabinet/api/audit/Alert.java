package org.cabinet.api.audit;

import java.time.Instant;

/**
 * What a detection rule raised.
 *
 * @param id            the alert's id
 * @param rule          the rule, e.g. {@code distinct-patients}
 * @param actor         the account concerned, or {@code null} (a rule about an address)
 * @param clientAddress the address concerned, or {@code null}
 * @param raisedAt      when, UTC
 * @param response      what the rule asks for: {@value #FREEZE_ACCOUNT} or {@value #NOTIFY}
 * @param detail        one sentence for an administrator, without health data
 * @since 1.0
 */
public record Alert(long id, String rule, String actor, String clientAddress, Instant raisedAt, String response,
        String detail) {

    /** the account's tokens are revoked until an administrator has reviewed the alert */
    public static final String FREEZE_ACCOUNT = "freeze-account";
    /** administrators are told; nothing is blocked */
    public static final String NOTIFY = "notify";

    /** Event Admin topics of alerts: {@code org/cabinet/alert/<rule>} */
    public static final String TOPIC_PREFIX = "org/cabinet/alert/";
}
