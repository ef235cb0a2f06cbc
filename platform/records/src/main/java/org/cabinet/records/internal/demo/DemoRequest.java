package org.cabinet.records.internal.demo;

/**
 * How much demo data to make.
 *
 * @param patients             how many patients
 * @param encountersPerPatient the mean number of encounters of each (they vary by half of it either way)
 * @param practitionerId       the practitioner the encounters name, or {@code null} for a made-up one
 * @param seed                 the same seed makes the same people
 */
public record DemoRequest(int patients, int encountersPerPatient, String practitionerId, long seed) {
}
