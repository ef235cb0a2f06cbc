package org.cabinet.security.internal.access;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

import org.cabinet.api.security.Caller;
import org.cabinet.security.internal.store.TokenStore.Scope;

/**
 * Who a request's Shiro subject is: the caller, what its session may do, and which session it is (to log it out).
 */
public record SessionPrincipal(Caller caller, Scope scope, String tokenHash) implements Serializable {

    private static final long serialVersionUID = 1L;

    public String userId() {
        return caller.userId();
    }

    public Set<String> roles() {
        return caller.roles();
    }

    /** @return the principal of the request this thread serves, if it came with a valid session */
    public static Optional<SessionPrincipal> current() {
        Subject subject = ThreadContext.getSubject();
        return subject != null && subject.getPrincipal() instanceof SessionPrincipal session
                ? Optional.of(session) : Optional.empty();
    }
}
