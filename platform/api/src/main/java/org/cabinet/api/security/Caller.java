package org.cabinet.api.security;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who is making the current request.
 *
 * @param userId        the account's internal id (what audit events name)
 * @param username      the name the person logs in with
 * @param roles         the account's roles
 * @param clientAddress the client's address, or {@code local} for the console
 * @since 1.0
 */
public record Caller(String userId, String username, Set<String> roles, String clientAddress) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** @return the roles as audit events record them, e.g. {@code admin/gp}, or {@code none} */
    public String auditRole() {
        return roles.isEmpty() ? "none" : String.join("/", new TreeSet<>(roles));
    }

    /** @return whether the account holds {@code role} */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
