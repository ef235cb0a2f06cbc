package org.cabinet.security.internal.login;

/**
 * What a person typed to log in.
 *
 * @param code         the authenticator app's current code, or null
 * @param recoveryCode one of the account's recovery codes instead, or null
 */
public record LoginAttempt(String username, String password, String code, String recoveryCode, String clientAddress) {

    static final int MAX_USERNAME = 64;
    static final int MAX_PASSWORD = 1024;

    /** @return whether the attempt is too malformed to check (it fails like a wrong password) */
    boolean malformed() {
        return username == null || username.isBlank() || username.length() > MAX_USERNAME || password == null
                || password.length() > MAX_PASSWORD;
    }
}
