package org.cabinet.records.internal.practitioner;

/**
 * The prescriber block of a prescription (CSP R5132-3), copied from the profile when it is issued.
 *
 * @param userId        the prescriber's account id
 * @param name          first name and name
 * @param qualification qualification, title or specialty
 * @param rpps          the RPPS number
 * @param address       the professional address
 * @param phone         the professional phone number
 * @param email         the professional e-mail address
 */
public record Prescriber(String userId, String name, String qualification, String rpps, String address,
        String phone, String email) {
}
