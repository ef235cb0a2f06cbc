package org.cabinet.itests.store;

import java.time.LocalDate;

/**
 * A record as it crosses the bundle: in clear. Family name and birth date are stored in clear (searchable); the
 * NIR and the diagnosis are sealed.
 */
public record TestRecordData(String id, String familyName, LocalDate birthDate, String nir, String diagnosis) {
}
