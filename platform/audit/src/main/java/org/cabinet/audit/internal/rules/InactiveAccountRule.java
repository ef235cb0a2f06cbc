package org.cabinet.audit.internal.rules;

import java.util.Optional;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.RecordedEvent;

/**
 * {@value #NAME}: an account the identity service disabled because it went unused (the administrative change it
 * records on resource type {@value #RESOURCE_TYPE}). Administrators see it among the alerts: a departed colleague's
 * account is known to be closed, one on leave is enabled again after review. Only notifies; the account it names is
 * the disabled one.
 */
final class InactiveAccountRule implements DetectionRule {

    static final String NAME = "inactive-account";
    /** what the identity service names the change it records when it disables an unused account */
    static final String RESOURCE_TYPE = "user-inactive";

    private final AlertWording wording;

    InactiveAccountRule(AlertWording wording) {
        this.wording = wording;
    }

    @Override
    public Optional<RaisedAlert> judge(RecordedEvent recorded) {
        AuditEvent event = recorded.event();
        if (event.action() != AuditAction.ADMIN_CHANGE || !RESOURCE_TYPE.equals(event.resourceType())
                || event.resourceId() == null) {
            return Optional.empty();
        }
        return Optional.of(new RaisedAlert(NAME, event.resourceId(), event.clientAddress(), recorded.time(),
                Alert.NOTIFY, "Account disabled at " + wording.clock(recorded.time())
                        + " because it went unused: enable it again after review if it is still needed."));
    }
}
