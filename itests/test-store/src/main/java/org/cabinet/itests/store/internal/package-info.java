/** The store's entity, its JPA unit, its migrations and sealed columns. */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Header(name = CabinetPersistence.SCHEMA_HEADER, value = "db/org.cabinet.itests.store/changelog.yaml")
@Header(name = CabinetPersistence.SEALED_COLUMNS_HEADER, value = "test_record.nir_sealed, test_record.diagnosis_sealed")
package org.cabinet.itests.store.internal;

import org.cabinet.api.persistence.CabinetPersistence;
import org.osgi.annotation.bundle.Header;
