package org.cabinet.security.internal.store;

import java.time.Instant;
import java.util.Set;

import org.cabinet.api.security.Roles;

/**
 * One account as stored; never leaves the bundle (the REST layer shows {@code UserView}).
 *
 * @param passwordHash Shiro's {@code $shiro2$argon2id$...} form
 * @param totpEnabled  whether the second factor is enrolled and confirmed
 */
public record UserAccount(String id, String username, String displayName, String passwordHash, boolean totpEnabled,
        Status status, String statusReason, Set<String> roles, Instant created, Instant lastActive) {

    /** What an account may do. */
    public enum Status {
        ACTIVE,
        /** by an administrator, or after a long inactivity */
        DISABLED,
        /** an alert asked for it: blocked until an administrator reviews it */
        FROZEN
    }

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** @return whether this account must log in with a second factor (every role but patient) */
    public boolean needsSecondFactor() {
        return roles.stream().anyMatch(Roles::requiresSecondFactor);
    }
}
