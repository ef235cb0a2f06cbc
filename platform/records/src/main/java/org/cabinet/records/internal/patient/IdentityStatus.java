package org.cabinet.records.internal.patient;

/**
 * The identity statuses of the national identity-vigilance rules. Cabinet records the status a user sets and what it
 * rests on; it never queries the INSi teleservice itself.
 */
public enum IdentityStatus {
    /** provisional: nothing checked yet */
    PROV,
    /** recovered: an INS imported (INSi result), no identity document seen */
    RECUP,
    /** validated: an identity document seen, no INS */
    VALI,
    /** qualified: both; the only status whose INS may be shown or exported */
    QUAL
}
