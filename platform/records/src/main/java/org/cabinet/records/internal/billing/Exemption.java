package org.cabinet.records.internal.billing;

/** The exemption context of a care record, as the care sheet carries it. */
public enum Exemption {
    /** ordinary care */
    NONE,
    /** care for a long-term condition (affection de longue durée), covered in full */
    ALD,
    /** maternity insurance, covered in full */
    MATERNITY,
    /** work accident or occupational disease, covered in full */
    WORK_ACCIDENT;

    /** @return whether compulsory insurance covers the whole fee in this context */
    boolean coveredInFull() {
        return this != NONE;
    }
}
