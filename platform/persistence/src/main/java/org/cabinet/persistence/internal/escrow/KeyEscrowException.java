package org.cabinet.persistence.internal.escrow;

/**
 * An escrow file cannot be read, opened or written: missing, damaged, edited or of another
 * format. The message is one line naming the file and what to do; it never contains a
 * passphrase or key.
 */
public class KeyEscrowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyEscrowException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeyEscrowException(String message) {
        super(message);
    }
}
