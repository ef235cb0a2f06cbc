package org.cabinet.api.records;

/**
 * Events the clinical core publishes about patients (OSGi Event Admin), for modules that keep their own data keyed
 * by a patient's id. They carry ids only, never health data.
 *
 * @since 1.0
 */
public final class PatientEvents {

    /**
     * Two records of one person were merged: everything the core held for {@link #DUPLICATE} now belongs to
     * {@link #SURVIVOR}; a module moves its own data the same way.
     */
    public static final String MERGED = "org/cabinet/patient/MERGED";

    /** event property: the id of the record that remains */
    public static final String SURVIVOR = "survivor";

    /** event property: the id of the record merged into the survivor, which now answers only with its survivor */
    public static final String DUPLICATE = "duplicate";

    private PatientEvents() {
    }
}
