package org.cabinet.persistence.internal.sealed;

/**
 * What one re-encryption pass over a sealed column did.
 *
 * @param resealed   values now sealed under the primary key
 * @param unreadable values that could not be opened (altered, or under a key no longer held), left as they are
 */
public record ReencryptionOutcome(SealedColumn column, long resealed, long unreadable) {
}
