package org.cabinet.web.internal.network;

/** The installer's key or certificate cannot be served; the message says why, in one line. */
public final class InvalidCertificateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCertificateException(String message) {
        super(message);
    }
}
