package org.cabinet.security.internal.session;

import java.time.Duration;
import java.util.Optional;

import org.cabinet.security.internal.CurrentTime;
import org.cabinet.security.internal.Secrets;
import org.cabinet.security.internal.SecurityConfig;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.TokenStore;
import org.cabinet.security.internal.store.TokenStore.Scope;
import org.cabinet.security.internal.store.TokenStore.StoredSession;
import org.cabinet.security.internal.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Sessions as opaque random tokens, stored hashed in the database so that every node sees them: a new token at
 * each login, ended after {@code session.idle.minutes} without a request or {@code session.absolute.hours} after
 * the login, and at once on logout, on disabling the account or on resetting its password.
 */
@Component(service = Sessions.class, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public final class Sessions {

    private static final int TOKEN_BYTES = 32;
    /** a session's last use is written at most this often, not at every request */
    private static final long TOUCH_EVERY_MICROS = Duration.ofSeconds(30).toNanos() / 1000;

    private final SecurityDatabase database;
    private final CurrentTime time;
    private volatile Duration idle;
    private volatile Duration absolute;

    @Activate
    public Sessions(@Reference SecurityDatabase database, @Reference CurrentTime time, SecurityConfig config) {
        this.database = database;
        this.time = time;
        modified(config);
    }

    @Modified
    void modified(SecurityConfig config) {
        idle = Duration.ofMinutes(Math.max(1, config.session_idle_minutes()));
        absolute = Duration.ofHours(Math.max(1, config.session_absolute_hours()));
    }

    /** Opens a session for the account; the user's last activity moves to now. */
    public IssuedSession issue(String userId, Scope scope) {
        String token = Secrets.token(TOKEN_BYTES);
        String csrf = Secrets.token(TOKEN_BYTES);
        long now = time.nowMicros();
        long expires = now + absolute.toNanos() / 1000;
        database.sql().inTransaction(connection -> {
            TokenStore.insert(connection, new StoredSession(Secrets.hash(token), userId, scope, Secrets.hash(csrf), now,
                    now, expires));
            UserStore.touch(connection, userId, now);
            return null;
        });
        return new IssuedSession(token, csrf, scope, CurrentTime.instant(expires));
    }

    /** @return the session of {@code token} if it is still valid (and notes its use), else empty */
    public Optional<ActiveSession> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 256) {
            return Optional.empty();
        }
        String hash = Secrets.hash(token);
        long now = time.nowMicros();
        return database.sql().inTransaction(connection -> {
            Optional<StoredSession> stored = TokenStore.find(connection, hash);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            StoredSession session = stored.get();
            if (now >= session.expiresMicros() || now - session.lastUsedMicros() >= idle.toNanos() / 1000) {
                TokenStore.delete(connection, hash);
                return Optional.empty();
            }
            if (now - session.lastUsedMicros() >= TOUCH_EVERY_MICROS) {
                TokenStore.touch(connection, hash, now);
                UserStore.touch(connection, session.userId(), now);
            }
            return Optional.of(new ActiveSession(hash, session.userId(), session.scope(), session.csrfHash()));
        });
    }

    /** Ends one session. @return whether it was open */
    public boolean revoke(String tokenHash) {
        return database.sql().inTransaction(connection -> TokenStore.delete(connection, tokenHash));
    }

    /** Ends every session of an account. @return how many */
    public int revokeAll(String userId) {
        return database.sql().inTransaction(connection -> TokenStore.deleteAll(connection, userId));
    }

    /** Forgets ended sessions. @return how many */
    public int purge() {
        long now = time.nowMicros();
        return database.sql().inTransaction(connection -> TokenStore.deleteExpired(connection, now,
                now - idle.toNanos() / 1000));
    }
}
