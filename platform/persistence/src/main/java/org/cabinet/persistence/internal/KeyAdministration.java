package org.cabinet.persistence.internal;

import java.util.List;

/** What an administrator does with the installation's data keys, from the local console. */
public interface KeyAdministration {

    /** @return the ids of the data keys held, oldest first */
    List<String> dataKeyIds();

    /** @return the id of the key that seals new values */
    String primaryKeyId();

    /**
     * Makes a new data key and seals every new value under it; values sealed under older keys
     * stay readable until they are re-encrypted.
     *
     * @return the id of the new primary key
     */
    String rotate();
}
