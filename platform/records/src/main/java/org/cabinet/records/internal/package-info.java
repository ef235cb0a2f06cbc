/**
 * The clinical core: its JPA unit, its migrations and sealed columns. Names, birth dates and agenda times stay in
 * clear (they are searched; the database itself is encrypted on Derby); identifiers (NIR), contact details and
 * every clinical text are sealed by the {@link org.cabinet.api.crypto.FieldCipher} where entities map to DTOs.
 */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Header(name = CabinetPersistence.SCHEMA_HEADER, value = "db/org.cabinet.records/changelog.yaml")
@Header(name = CabinetPersistence.SEALED_COLUMNS_HEADER, value = "rec_patient.nir_sealed, rec_patient.contact_sealed, "
        + "rec_entry.payload_sealed, rec_entry_version.payload_sealed, rec_encounter.reason_sealed, "
        + "rec_appointment.reason_sealed, rec_prescription.payload_sealed, rec_care_record.acts_sealed")
package org.cabinet.records.internal;

import org.cabinet.api.persistence.CabinetPersistence;
import org.osgi.annotation.bundle.Header;
