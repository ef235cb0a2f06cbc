package org.cabinet.api.crypto;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Encrypts the sensitive fields of a record before they are stored: identifiers (NIR, INS),
 * contact details and clinical free text. A bundle calls it where it maps its entities to and
 * from DTOs, so that what reaches the database, and therefore every backup, is ciphertext.
 * <p>
 * Values are sealed with AES-256-GCM under the installation's primary key, with a fresh random
 * 96-bit IV each time, and carry the identifier of their key, so that values written under an
 * older key stay readable after a rotation until they are re-encrypted.
 *
 * @since 1.0
 */
@ProviderType
public interface FieldCipher {

    /**
     * @param plaintext the value to protect; {@code null} stays {@code null}
     * @return the sealed value, safe to store in a text column
     */
    String encrypt(String plaintext);

    /**
     * @param sealed a value returned by {@link #encrypt(String)}; {@code null} stays {@code null}
     * @return the original value
     * @throws TamperedFieldException when the value was altered, truncated, or sealed under a key
     *         this installation does not hold; never returns garbage
     */
    String decrypt(String sealed);

    /**
     * A keyed hash (HMAC-SHA-256) of an identifier, stored beside its sealed value so that an
     * exact match (a NIR typed at the desk) is found without decrypting the table. The same value
     * always gives the same index on one installation; the index reveals nothing without the key.
     *
     * @param value the identifier, already normalised by the caller (spaces removed, upper case)
     * @return the index, as text; {@code null} stays {@code null}
     */
    String blindIndex(String value);

    /**
     * @param sealed a value returned by {@link #encrypt(String)}
     * @return whether it was sealed under a key other than the current primary key, and should be
     *         re-encrypted
     */
    boolean needsReencryption(String sealed);
}
