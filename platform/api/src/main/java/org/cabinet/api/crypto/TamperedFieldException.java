package org.cabinet.api.crypto;

/**
 * A sealed value could not be opened: it was altered, truncated, or sealed under a key that this
 * installation does not hold. The message never contains any part of the value.
 *
 * @since 1.0
 */
public class TamperedFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TamperedFieldException(String message) {
        super(message);
    }

    public TamperedFieldException(String message, Throwable cause) {
        super(message, cause);
    }
}
