package org.cabinet.web.internal.network;

import java.nio.file.Path;

/** Where the HTTPS key and certificate come from. */
public sealed interface CertificateSource {

    /** Cabinet makes a self-signed certificate at first start and keeps it. */
    record Generated() implements CertificateSource {
    }

    /** The installer's keystore (PKCS12 or JKS), its password alone in a file. */
    record Keystore(Path keystore, Path passwordFile) implements CertificateSource {
    }

    /** The installer's certificate chain and unencrypted private key, both PEM. */
    record Pem(Path certificate, Path key) implements CertificateSource {
    }
}
