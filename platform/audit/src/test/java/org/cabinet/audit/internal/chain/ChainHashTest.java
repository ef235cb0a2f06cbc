package org.cabinet.audit.internal.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final AuditEvent READ = new AuditEvent("dr-martin", "gp", "p-1", AuditAction.READ, "patient", "p-1",
            AuditOutcome.SUCCESS, AccessBasis.CARE_RELATIONSHIP, "127.0.0.1");

    @Test
    void theSameEventGivesTheSameHash() {
        assertThat(ChainHash.of(1, 10, "root", READ, ChainHash.GENESIS))
                .isEqualTo(ChainHash.of(1, 10, "root", READ, ChainHash.GENESIS)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void everyFieldAndThePreviousHashCount() {
        String hash = ChainHash.of(1, 10, "root", READ, ChainHash.GENESIS);
        assertThat(ChainHash.of(2, 10, "root", READ, ChainHash.GENESIS)).isNotEqualTo(hash);
        assertThat(ChainHash.of(1, 11, "root", READ, ChainHash.GENESIS)).isNotEqualTo(hash);
        assertThat(ChainHash.of(1, 10, "node-2", READ, ChainHash.GENESIS)).isNotEqualTo(hash);
        assertThat(ChainHash.of(1, 10, "root", READ, "1".repeat(64))).isNotEqualTo(hash);
        AuditEvent denied = new AuditEvent("dr-martin", "gp", "p-1", AuditAction.READ, "patient", "p-1",
                AuditOutcome.DENIED, AccessBasis.CARE_RELATIONSHIP, "127.0.0.1");
        assertThat(ChainHash.of(1, 10, "root", denied, ChainHash.GENESIS)).isNotEqualTo(hash);
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        AuditEvent a = new AuditEvent("dr-a", "gp", null, AuditAction.LOGIN, "session", "x", AuditOutcome.SUCCESS,
                AccessBasis.NOT_APPLICABLE, "local");
        AuditEvent b = new AuditEvent("dr-a", "gp", "x", AuditAction.LOGIN, "session", null, AuditOutcome.SUCCESS,
                AccessBasis.NOT_APPLICABLE, "local");
        assertThat(ChainHash.of(1, 10, "root", a, ChainHash.GENESIS)).isNotEqualTo(ChainHash.of(1, 10, "root", b,
                ChainHash.GENESIS));
    }

    @Test
    void timesKeepTheirMicroseconds() {
        Instant time = Instant.parse("2026-11-28T08:15:30.123456Z");
        assertThat(ChainHash.instant(ChainHash.micros(time))).isEqualTo(time);
    }
}
