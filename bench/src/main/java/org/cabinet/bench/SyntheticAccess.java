package org.cabinet.bench;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;

/**
 * A made-up audit event of a practice's day: a member of the team reads a patient's record (four
 * times in five) or adds an entry to it, under a care relationship, from a desk of the local
 * network. Patients are random UUIDs; no real person's data.
 */
final class SyntheticAccess {

    /** actor and role */
    private static final List<String[]> TEAM = List.of(new String[] { "dr-martin", "gp" },
            new String[] { "dr-bernard", "gp" }, new String[] { "dr-petit", "gp" },
            new String[] { "sf-leroy", "midwife" }, new String[] { "ide-moreau", "nurse" });

    private SyntheticAccess() {
    }

    static AuditEvent random(Random random) {
        String[] member = TEAM.get(random.nextInt(TEAM.size()));
        String patient = new UUID(random.nextLong(), random.nextLong()).toString();
        String desk = "10.0.0." + (10 + random.nextInt(20));
        if (random.nextInt(5) == 0) {
            return new AuditEvent(member[0], member[1], patient, AuditAction.CREATE, "record-entry",
                    new UUID(random.nextLong(), random.nextLong()).toString(), AuditOutcome.SUCCESS,
                    AccessBasis.CARE_RELATIONSHIP, desk);
        }
        return new AuditEvent(member[0], member[1], patient, AuditAction.READ, "patient", patient, AuditOutcome.SUCCESS,
                AccessBasis.CARE_RELATIONSHIP, desk);
    }
}
