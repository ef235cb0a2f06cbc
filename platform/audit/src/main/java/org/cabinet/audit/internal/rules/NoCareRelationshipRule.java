package org.cabinet.audit.internal.rules;

import java.util.Optional;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.RecordedEvent;

/**
 * {@value #NAME}: an account reaching, or trying to reach, a patient it has no care relationship with, and every
 * break-glass. Access that succeeded asks for the account to be frozen; a refused attempt or a break-glass (an
 * explicit, justified emergency access) only notifies.
 */
final class NoCareRelationshipRule implements DetectionRule {

    static final String NAME = "no-care-relationship";

    private final AlertWording wording;

    NoCareRelationshipRule(AlertWording wording) {
        this.wording = wording;
    }

    @Override
    public Optional<RaisedAlert> judge(RecordedEvent recorded) {
        AuditEvent event = recorded.event();
        String at = " at " + wording.clock(recorded.time()) + ".";
        if (event.action() == AuditAction.BREAK_GLASS) {
            return Optional.of(alert(recorded, Alert.NOTIFY, "Break-glass access to a patient's record" + at));
        }
        if (event.basis() != AccessBasis.NO_RELATIONSHIP || !isAccessAttempt(event.action())) {
            return Optional.empty();
        }
        String what = event.action() == AuditAction.ACCESS_DENIED ? "access" : event.action().id();
        if (event.outcome() == AuditOutcome.SUCCESS) {
            return Optional.of(alert(recorded, Alert.FREEZE_ACCOUNT,
                    "Patient data (" + what + ") reached without a care relationship" + at));
        }
        return Optional.of(alert(recorded, Alert.NOTIFY, "Attempt to reach patient data (" + what
                + ") without a care relationship, " + ended(event.outcome()) + at));
    }

    private static String ended(AuditOutcome outcome) {
        return switch (outcome) {
            case DENIED -> "refused";
            case FAILURE -> "failed";
            case ROLLED_BACK -> "rolled back";
            case SUCCESS -> "succeeded";
        };
    }

    // The security service may record a refusal as its own action rather than as a refused read.
    private static boolean isAccessAttempt(AuditAction action) {
        return action.isDataAccess() || action == AuditAction.ACCESS_DENIED;
    }

    private static RaisedAlert alert(RecordedEvent recorded, String response, String detail) {
        AuditEvent event = recorded.event();
        return new RaisedAlert(NAME, event.actor(), event.clientAddress(), recorded.time(), response, detail);
    }
}
