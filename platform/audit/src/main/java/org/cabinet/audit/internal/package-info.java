/** The audit log of Cabinet: its schema is migrated by the persistence service. */
@Header(name = CabinetPersistence.SCHEMA_HEADER, value = "db/org.cabinet.audit/changelog.yaml")
package org.cabinet.audit.internal;

import org.cabinet.api.persistence.CabinetPersistence;
import org.osgi.annotation.bundle.Header;
