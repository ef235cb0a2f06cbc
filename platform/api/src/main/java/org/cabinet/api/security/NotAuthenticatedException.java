package org.cabinet.api.security;

/**
 * The request carries no valid session: answered 401.
 *
 * @since 1.0
 */
public class NotAuthenticatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
