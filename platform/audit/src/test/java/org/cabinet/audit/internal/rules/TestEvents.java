package org.cabinet.audit.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.RecordedEvent;

/** Recorded audit events for the rule tests, numbered in the order they are made. */
final class TestEvents {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** a winter Monday, 10:00 in Paris */
    static final Instant NINE_UTC = Instant.parse("2026-01-12T09:00:00Z");
    static final String DESK = "10.0.0.7";

    private long sequence;

    RecordedEvent read(String actor, String patientId, Instant at) {
        return access(actor, patientId, AuditAction.READ, AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP, at);
    }

    RecordedEvent access(String actor, String patientId, AuditAction action, AuditOutcome outcome, AccessBasis basis,
            Instant at) {
        return recorded(new AuditEvent(actor, "gp", patientId, action, "patient", patientId, outcome, basis, DESK),
                at);
    }

    RecordedEvent loginFailure(String actor, String address, Instant at) {
        return session(actor, AuditAction.LOGIN_FAILURE, AuditOutcome.FAILURE, address, at);
    }

    RecordedEvent session(String actor, AuditAction action, AuditOutcome outcome, String address, Instant at) {
        return recorded(new AuditEvent(actor, "none", null, action, "session", null, outcome,
                AccessBasis.NOT_APPLICABLE, address), at);
    }

    /** @return {@code count} reads by {@code actor} of patients {@code <prefix>0, <prefix>1...}, {@code step} apart */
    List<RecordedEvent> distinctReads(String actor, String prefix, int count, Instant from, Duration step) {
        List<RecordedEvent> reads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reads.add(read(actor, prefix + i, from.plus(step.multipliedBy(i))));
        }
        return reads;
    }

    private RecordedEvent recorded(AuditEvent event, Instant at) {
        return new RecordedEvent(++sequence, at, "node-1", event, "0".repeat(64));
    }
}
