package org.cabinet.records.internal.practitioner;

import java.util.ArrayList;
import java.util.List;

/**
 * A practitioner's professional identity.
 *
 * @param userId        the practitioner's account id
 * @param version       its version (ETag)
 * @param name          first name and name
 * @param qualification qualification, title or specialty
 * @param rpps          the RPPS number
 * @param address       the professional address
 * @param phone         the professional phone number
 * @param email         the professional e-mail address
 * @param missing       the fields a prescription needs that are still empty
 */
public record PractitionerProfile(String userId, int version, String name, String qualification, String rpps,
        String address, String phone, String email, List<String> missing) {

    /** @return the profile, with its missing fields listed */
    static PractitionerProfile of(String userId, int version, ProfileRequest fields) {
        List<String> missing = new ArrayList<>();
        check(missing, "name", fields.name());
        check(missing, "qualification", fields.qualification());
        check(missing, "rpps", fields.rpps());
        check(missing, "address", fields.address());
        check(missing, "phone", fields.phone());
        check(missing, "email", fields.email());
        return new PractitionerProfile(userId, version, fields.name(), fields.qualification(), fields.rpps(),
                fields.address(), fields.phone(), fields.email(), List.copyOf(missing));
    }

    private static void check(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }
}
