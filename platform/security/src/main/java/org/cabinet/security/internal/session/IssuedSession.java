package org.cabinet.security.internal.session;

import java.time.Instant;

import org.cabinet.security.internal.store.TokenStore.Scope;

/**
 * A new session, handed to the person who logged in; only the hashes of its secrets are stored.
 *
 * @param token     the bearer token (256 random bits)
 * @param csrfToken what a browser echoes in {@code X-CSRF-Token} when the token travels in a cookie
 * @param expiresAt its absolute end
 */
public record IssuedSession(String token, String csrfToken, Scope scope, Instant expiresAt) {
}
