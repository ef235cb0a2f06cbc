package org.cabinet.api.audit;

import java.util.Locale;

/**
 * What an audited event did.
 *
 * @since 1.0
 */
public enum AuditAction {
    /** health data read (also when the read found nothing) */
    READ,
    /** health data created */
    CREATE,
    /** health data changed */
    UPDATE,
    /** health data deleted */
    DELETE,
    /** a successful authentication */
    LOGIN,
    /** a failed authentication */
    LOGIN_FAILURE,
    /** an account locked after repeated failures */
    LOCKOUT,
    LOGOUT,
    TOKEN_REVOCATION,
    /** an authorization refusal */
    ACCESS_DENIED,
    /** emergency access to a patient outside any care relationship, with its justification elsewhere */
    BREAK_GLASS,
    MODULE_INSTALL,
    MODULE_REMOVE,
    /** any change an administrator makes: users, roles, settings, keys */
    ADMIN_CHANGE,
    /** a command an administrator ran in the remote shell (its name only: arguments may hold secrets) */
    SHELL_COMMAND;

    /** @return the action's name in reports and URLs, e.g. {@code login-failure} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the action named {@code id} ({@link #id()} form, or the constant's name) */
    public static AuditAction of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** @return whether the action touches health data */
    public boolean isDataAccess() {
        return this == READ || this == CREATE || this == UPDATE || this == DELETE;
    }
}
