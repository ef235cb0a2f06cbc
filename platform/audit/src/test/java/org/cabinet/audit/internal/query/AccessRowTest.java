package org.cabinet.audit.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.RecordedEvent;
import org.junit.jupiter.api.Test;

class AccessRowTest {

    @Test
    void aBreakGlassReadIsFlaggedAndTheCsvHasAHeader() {
        RecordedEvent read = new RecordedEvent(7, Instant.parse("2026-11-28T08:00:00Z"), "root", new AuditEvent("dr-urgence",
                "gp", "p-1", AuditAction.READ, "patient", "p-1", AuditOutcome.SUCCESS, AccessBasis.BREAK_GLASS, "::1"), "h");

        AccessRow row = AccessRow.of(read);

        assertThat(row.breakGlass()).isTrue();
        assertThat(AccessRow.csv(List.of(row)).split("\r\n")).containsExactly(
                "sequence,time,actor,role,patient,action,outcome,break_glass,basis,resource_type,resource_id,client_address,node",
                "7,2026-11-28T08:00:00Z,dr-urgence,gp,p-1,read,success,true,break_glass,patient,p-1,::1,root");
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        RecordedEvent read = new RecordedEvent(8, Instant.parse("2026-11-28T08:00:00Z"), "root", new AuditEvent("-dr",
                "gp", null, AuditAction.LOGIN, "session", null, AuditOutcome.SUCCESS, AccessBasis.NOT_APPLICABLE, "local"), "h");

        assertThat(AccessRow.csv(List.of(AccessRow.of(read)))).contains(",'-dr,").doesNotContain(",-dr,");
    }
}
