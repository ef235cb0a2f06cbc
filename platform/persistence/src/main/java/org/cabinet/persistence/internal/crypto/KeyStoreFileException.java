package org.cabinet.persistence.internal.crypto;

/**
 * The key store files cannot be read or written. The message is one line naming the file and
 * what to do; it never contains a password or key.
 */
public final class KeyStoreFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyStoreFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeyStoreFileException(String message) {
        super(message);
    }
}
