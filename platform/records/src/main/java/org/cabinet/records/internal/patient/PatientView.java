package org.cabinet.records.internal.patient;

import java.time.LocalDate;

/**
 * A patient's identity as the API shows it.
 *
 * @param ins            the INS (matricule and OID), shown only for a qualified identity (QUAL)
 * @param identityBasis  what the identity status rests on
 * @param mergedInto     for a record merged into another, the surviving record's id
 */
public record PatientView(String id, String birthName, String usedName, String firstNames, String usedFirstName,
        LocalDate birthDate, String sex, String birthplaceInsee, String nir, String identityStatus,
        String identityBasis, Ins ins, Contact contact, String status, String mergedInto, int version) {

    /**
     * The national health identifier.
     *
     * @param matricule the NIR or NIA, 15 characters
     * @param oid       the OID that says which
     */
    public record Ins(String matricule, String oid) {
    }
}
