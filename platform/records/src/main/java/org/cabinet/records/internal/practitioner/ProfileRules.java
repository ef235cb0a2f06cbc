package org.cabinet.records.internal.practitioner;

import java.util.regex.Pattern;

import org.cabinet.records.internal.guard.Conflicts;

/** The shape of each profile field: checked on every change, so that what a prescription prints is well formed. */
final class ProfileRules {

    /** RPPS: 11 digits (the number's own key is not checked) */
    static final Pattern RPPS = Pattern.compile("\\d{11}");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,24}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private ProfileRules() {
    }

    /** @return the request stripped, blanks as absent; @throws ProblemException 400 naming the field */
    static ProfileRequest checked(ProfileRequest request) {
        if (request == null) {
            throw Conflicts.missing("name");
        }
        String rpps = text(request.rpps(), "rpps", 20);
        if (rpps != null) {
            rpps = rpps.replace(" ", "");
            if (!RPPS.matcher(rpps).matches()) {
                throw Conflicts.invalid("rpps", "An RPPS number has 11 digits.", "Un numéro RPPS compte 11 chiffres.");
            }
        }
        String phone = text(request.phone(), "phone", 24);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw Conflicts.invalid("phone", "A phone number has digits, spaces, dots, dashes and a leading +.",
                    "Un numéro de téléphone compte des chiffres, espaces, points, tirets et un + initial.");
        }
        String email = text(request.email(), "email", 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw Conflicts.invalid("email", "An e-mail address looks like name@domain.fr.",
                    "Une adresse électronique a la forme nom@domaine.fr.");
        }
        return new ProfileRequest(text(request.name(), "name", 200), text(request.qualification(), "qualification", 200),
                rpps, text(request.address(), "address", 500), phone, email);
    }

    private static String text(String value, String field, int max) {
        return Conflicts.optionalText(value, field, max);
    }
}
