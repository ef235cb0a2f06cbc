package org.cabinet.security.internal.users;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.security.internal.access.CallerAudit;
import org.cabinet.security.internal.session.Sessions;
import org.cabinet.security.internal.store.UserAccount.Status;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on the audit service's alerts that ask to freeze an account: its sessions end at once and it is blocked
 * until an administrator reviews it (enabling it again). The last active administrator is never blocked: its
 * sessions end, and the alert stays for the administrators to read.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + Alert.TOPIC_PREFIX + "*")
public final class AccountFreezer implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AccountFreezer.class);

    private final UserAdministration users;
    private final Sessions sessions;
    private final CallerAudit audit;

    @Activate
    public AccountFreezer(@Reference UserAdministration users, @Reference Sessions sessions, @Reference AuditLog log) {
        this.users = users;
        this.sessions = sessions;
        this.audit = new CallerAudit(log);
    }

    @Override
    public void handleEvent(Event event) {
        if (!Alert.FREEZE_ACCOUNT.equals(event.getProperty("response")) || !(event.getProperty("actor") instanceof String actor)
                || actor.isBlank()) {
            return;
        }
        String rule = String.valueOf(event.getProperty("rule"));
        try {
            users.changeStatus(SystemActor.SYSTEM, "user-freeze", actor, Status.FROZEN, "alert:" + rule);
            LOG.warn("Account {} frozen after the alert {}: an administrator must review it", actor, rule);
        } catch (ProblemException refused) {
            if ("unknown-user".equals(refused.reason())) {
                return;
            }
            int ended = sessions.revokeAll(actor);
            audit.record(SystemActor.SYSTEM, null, AuditAction.TOKEN_REVOCATION, "user", actor, AuditOutcome.SUCCESS,
                    AccessBasis.NOT_APPLICABLE);
            LOG.warn("Alert {} asked to freeze account {}, which cannot be blocked ({}): its {} sessions were ended",
                    rule, actor, refused.reason(), ended);
        }
    }
}
