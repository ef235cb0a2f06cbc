package org.cabinet.records.internal.practitioner;

/**
 * A practitioner's professional identity as a prescription prints it (CSP R5132-3), as a client sends it. Each
 * field may be left out while the profile is being completed; a prescription needs them all.
 *
 * @param name          first name and name, as printed
 * @param qualification qualification, title or specialty ({@code Médecin généraliste})
 * @param rpps          the RPPS number: 11 digits
 * @param address       the professional address
 * @param phone         the professional phone number
 * @param email         the professional e-mail address
 */
public record ProfileRequest(String name, String qualification, String rpps, String address, String phone,
        String email) {
}
