package org.cabinet.security.internal.login;

import java.time.Duration;
import java.util.Locale;

import org.cabinet.security.internal.CurrentTime;
import org.cabinet.security.internal.SecurityConfig;
import org.cabinet.security.internal.store.FailureStore;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Failed logins counted per account (its folded name, whether it exists or not) and per client address over a
 * sliding window; past a limit, further attempts are throttled until the window has slid past them.
 */
@Component(service = FailedLogins.class, configurationPid = SecurityConfig.PID)
public final class FailedLogins {

    /** Which limit a count is held against. */
    public enum Limit {
        ACCOUNT, ADDRESS
    }

    private final SecurityDatabase database;
    private final CurrentTime time;
    private volatile int accountLimit;
    private volatile int addressLimit;
    private volatile Duration window;

    @Activate
    public FailedLogins(@Reference SecurityDatabase database, @Reference CurrentTime time, SecurityConfig config) {
        this.database = database;
        this.time = time;
        modified(config);
    }

    @Modified
    void modified(SecurityConfig config) {
        accountLimit = Math.max(1, config.lockout_account_failures());
        addressLimit = Math.max(1, config.lockout_address_failures());
        window = Duration.ofMinutes(Math.max(1, config.lockout_window_minutes()));
    }

    static String accountKey(String username) {
        String key = "account:" + UserStore.key(username);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    static String addressKey(String address) {
        return "address:" + address.toLowerCase(Locale.ROOT);
    }

    /** @return which limit the account or the address has reached, or null when neither */
    public Limit reached(String username, String address) {
        long now = time.nowMicros();
        long since = now - window.toNanos() / 1000;
        return database.sql().inTransaction(connection -> {
            if (FailureStore.count(connection, accountKey(username), since, now) >= accountLimit) {
                return Limit.ACCOUNT;
            }
            return FailureStore.count(connection, addressKey(address), since, now) >= addressLimit ? Limit.ADDRESS : null;
        });
    }

    /** Counts a failure. @return the limit this very failure reached (to audit the lockout once), or null */
    public Limit record(String username, String address) {
        long now = time.nowMicros();
        long since = now - window.toNanos() / 1000;
        return database.sql().inTransaction(connection -> {
            FailureStore.record(connection, accountKey(username), now);
            FailureStore.record(connection, addressKey(address), now);
            if (FailureStore.count(connection, accountKey(username), since, now) == accountLimit) {
                return Limit.ACCOUNT;
            }
            return FailureStore.count(connection, addressKey(address), since, now) == addressLimit ? Limit.ADDRESS : null;
        });
    }

    /** Forgets the account's failures: it logged in, or an administrator unlocked it. */
    public void clear(String username) {
        database.sql().inTransaction(connection -> {
            FailureStore.clear(connection, accountKey(username));
            return null;
        });
    }

    /** @return how long a throttled attempt should wait before trying again */
    public Duration window() {
        return window;
    }

    /** Forgets failures older than the window. */
    public int purge() {
        long before = time.nowMicros() - window.toNanos() / 1000;
        return database.sql().inTransaction(connection -> FailureStore.deleteBefore(connection, before));
    }
}
