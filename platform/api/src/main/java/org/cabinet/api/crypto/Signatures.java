package org.cabinet.api.crypto;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Seals a piece of content with a key of the installation's keystore that never leaves it, so that a file
 * written outside the database (an audit checkpoint, an archived segment) can later be shown to come from this
 * installation, unaltered. HMAC-SHA-256: whoever holds the keystore can sign and verify; nobody else can do
 * either.
 *
 * @since 1.1
 */
@ProviderType
public interface Signatures {

    /** @return the signature of {@code content}, as text ({@code v1.<key>.<base64url>}) */
    String sign(byte[] content);

    /** @return whether {@code signature} is this installation's signature of exactly {@code content} */
    boolean verify(byte[] content, String signature);
}
