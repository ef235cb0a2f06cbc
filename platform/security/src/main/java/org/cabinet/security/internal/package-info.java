/** Identity and access: its schema and sealed columns are kept by the persistence service. */
@Header(name = CabinetPersistence.SCHEMA_HEADER, value = "db/org.cabinet.security/changelog.yaml")
@Header(name = CabinetPersistence.SEALED_COLUMNS_HEADER, value = "sec_user.totp_secret_sealed, sec_break_glass.reason_sealed")
package org.cabinet.security.internal;

import org.cabinet.api.persistence.CabinetPersistence;
import org.osgi.annotation.bundle.Header;
