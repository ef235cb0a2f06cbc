package org.cabinet.records.internal.patient;

/**
 * How to reach a patient; sealed as a whole.
 *
 * @param phone   a phone number, as typed
 * @param email   an e-mail address
 * @param address the postal address, lines separated by new lines
 */
public record Contact(String phone, String email, String address) {
}
