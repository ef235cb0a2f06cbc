package org.cabinet.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the persistence service, on behalf of a bundle that declares a {@code Cabinet-Schema}, once that
 * bundle's migrations have all been applied; it goes away when the bundle stops. Components that touch the
 * bundle's tables reference it (target {@link CabinetPersistence#schemaFilter(String)}) so that they never run
 * against a schema that is not up to date.
 *
 * @since 1.0
 */
@ProviderType
public interface MigratedSchema {

    /** @return the symbolic name of the bundle that owns the schema */
    String bundle();

    /** @return the number of change sets of its changelog, all applied */
    int changeSets();
}
