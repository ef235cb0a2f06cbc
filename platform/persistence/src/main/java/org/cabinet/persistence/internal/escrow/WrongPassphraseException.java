package org.cabinet.persistence.internal.escrow;

/** The passphrase given is not the one the escrow file was sealed with. */
public final class WrongPassphraseException extends KeyEscrowException {

    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String message) {
        super(message);
    }
}
