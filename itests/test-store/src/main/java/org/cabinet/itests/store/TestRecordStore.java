package org.cabinet.itests.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps test records; every call is one short local transaction. Called within a request, it checks the caller
 * as a store of health data does (permission, care relationship); called by a test inside Cabinet, with no
 * caller, it trusts it.
 */
@ProviderType
public interface TestRecordStore {

    /** @return the record as stored, with its new id, once committed */
    TestRecordData add(TestRecordData record);

    /** Adds every record in one transaction: all of them, or none when one fails. */
    void addAll(List<TestRecordData> records);

    Optional<TestRecordData> find(String id);

    /** @return the records with exactly this NIR, found through its blind index */
    List<TestRecordData> findByNir(String nir);

    /** @return every record, ordered by id */
    List<TestRecordData> all();

    long count();

    /** @return those of {@code ids} that no record has */
    List<String> missing(List<String> ids);
}
