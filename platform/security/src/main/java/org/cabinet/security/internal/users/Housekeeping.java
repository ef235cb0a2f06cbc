package org.cabinet.security.internal.users;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cabinet.api.rest.ProblemException;
import org.cabinet.security.internal.CurrentTime;
import org.cabinet.security.internal.SecurityConfig;
import org.cabinet.security.internal.access.Authorizations;
import org.cabinet.security.internal.login.FailedLogins;
import org.cabinet.security.internal.session.Sessions;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.UserAccount;
import org.cabinet.security.internal.store.UserAccount.Status;
import org.cabinet.security.internal.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute: forgets ended sessions and old failed logins, reads the role mapping again (another node may have
 * changed it), and disables the accounts unused for {@code inactive.days} (audited, reason {@code inactive},
 * listed to administrators by {@code GET /api/users}); never the last active administrator.
 */
@Component(service = Housekeeping.class, immediate = true, configurationPid = SecurityConfig.PID)
public final class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    static final String INACTIVE = "inactive";

    private final Sessions sessions;
    private final FailedLogins failures;
    private final Authorizations authorizations;
    private final UserAdministration users;
    private final SecurityDatabase database;
    private final CurrentTime time;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cabinet-security-housekeeping");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int inactiveDays;

    @Activate
    public Housekeeping(@Reference Sessions sessions, @Reference FailedLogins failures,
            @Reference Authorizations authorizations, @Reference UserAdministration users,
            @Reference SecurityDatabase database, @Reference CurrentTime time, SecurityConfig config) {
        this.sessions = sessions;
        this.failures = failures;
        this.authorizations = authorizations;
        this.users = users;
        this.database = database;
        this.time = time;
        modified(config);
        timer.scheduleWithFixedDelay(this::runSafely, 1, 60, TimeUnit.SECONDS);
    }

    @Modified
    void modified(SecurityConfig config) {
        inactiveDays = Math.max(0, config.inactive_days());
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Security housekeeping failed this time: {}", e.getMessage());
        }
    }

    /** One round; returns the ids of the accounts it disabled for inactivity. */
    public List<String> run() {
        sessions.purge();
        failures.purge();
        authorizations.refresh();
        if (inactiveDays == 0) {
            return List.of();
        }
        long before = CurrentTime.micros(time.now().minus(Duration.ofDays(inactiveDays)));
        List<UserAccount> idle = database.sql().inTransaction(connection -> UserStore.inactiveSince(connection, before));
        return idle.stream().filter(this::disable).map(UserAccount::id).toList();
    }

    private boolean disable(UserAccount account) {
        try {
            // the audit service shows administrators this change as an inactive-account alert
            users.changeStatus(SystemActor.SYSTEM, "user-inactive", account.id(), Status.DISABLED, INACTIVE);
            LOG.warn("Account {} disabled: unused for {} days", account.id(), inactiveDays);
            return true;
        } catch (ProblemException lastAdministrator) {
            return false;
        }
    }
}
