package org.cabinet.security.internal.session;

import org.cabinet.security.internal.store.TokenStore.Scope;

/** A session a request presented, still valid: whose it is and what it may do. */
public record ActiveSession(String tokenHash, String userId, Scope scope, String csrfHash) {
}
