package org.cabinet.records.internal.patient;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cabinet.records.internal.guard.Conflicts;

/** What a patient's identity must be before it is stored: each refusal names its field. */
final class PatientRules {

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}' \\-]{0,99}");
    private static final Pattern INSEE = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final LocalDate EARLIEST = LocalDate.of(1890, 1, 1);

    private PatientRules() {
    }

    /** @return the NIR, checked against the other traits, when one was given */
    static Optional<Nir> check(PatientInput input, LocalDate today) {
        name("birthName", input.birthName(), true);
        name("usedName", input.usedName(), false);
        names("firstNames", input.firstNames(), true);
        names("usedFirstName", input.usedFirstName(), false);
        if (input.birthDate() == null) {
            throw Conflicts.missing("birthDate");
        }
        if (input.birthDate().isAfter(today) || input.birthDate().isBefore(EARLIEST)) {
            throw Conflicts.invalid("birthDate", "The birth date must be between 1890 and today.",
                    "La date de naissance doit être comprise entre 1890 et aujourd'hui.");
        }
        if (input.sex() == null || !input.sex().matches("[FMU]")) {
            throw Conflicts.invalid("sex", "sex is F, M, or U while unknown.", "sex vaut F, M, ou U s'il est inconnu.");
        }
        if (input.birthplaceInsee() != null && !INSEE.matcher(input.birthplaceInsee()).matches()) {
            throw Conflicts.invalid("birthplaceInsee", "The birthplace is an INSEE code of 5 characters (99xxx abroad).",
                    "Le lieu de naissance est un code INSEE de 5 caractères (99xxx à l'étranger).");
        }
        if (input.contact() != null && input.contact().email() != null
                && !EMAIL.matcher(input.contact().email()).matches()) {
            throw Conflicts.invalid("contact.email", "The e-mail address is not one.", "L'adresse e-mail n'en est pas une.");
        }
        return input.nir() == null || input.nir().isBlank() ? Optional.empty() : Optional.of(nir(input));
    }

    private static Nir nir(PatientInput input) {
        Nir.Result parsed = Nir.parse(input.nir());
        Nir nir = parsed.nir().orElseThrow(() -> switch (parsed.refusal()) {
            case "key" -> Conflicts.invalid("nir", "The NIR's key does not match its 13 digits: check the number.",
                    "La clé du NIR ne correspond pas à ses 13 chiffres : vérifiez le numéro.");
            default -> Conflicts.invalid("nir", "A NIR is 13 characters and a 2-digit key (2A or 2B for Corsica).",
                    "Un NIR compte 13 caractères et une clé de 2 chiffres (2A ou 2B pour la Corse).");
        });
        if (nir.sex().isPresent() && !"U".equals(input.sex()) && !nir.sex().get().equals(input.sex())) {
            throw Conflicts.invalid("nir", "The NIR records another sex than the patient's.",
                    "Le NIR indique un autre sexe que celui du patient.");
        }
        boolean yearDiffers = nir.birthYear() != input.birthDate().getYear() % 100;
        boolean monthDiffers = nir.birthMonth().map(month -> month != input.birthDate().getMonthValue()).orElse(false);
        if (!nir.provisional() && (yearDiffers || monthDiffers)) {
            throw Conflicts.invalid("nir", "The NIR records another birth year or month than the birth date.",
                    "Le NIR indique une autre année ou un autre mois de naissance que la date de naissance.");
        }
        return nir;
    }

    private static void name(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw Conflicts.missing(field);
            }
            return;
        }
        if (!NAME.matcher(value.strip()).matches()) {
            throw Conflicts.invalid(field, field + " holds letters, spaces, hyphens and apostrophes (100 at most).",
                    field + " contient des lettres, espaces, traits d'union et apostrophes (100 au plus).");
        }
    }

    private static void names(String field, String value, boolean required) {
        name(field, value, required);
    }

    /** @return the status asked for, once the basis supports it */
    static IdentityStatus status(IdentityStatusChange change, boolean hasNir) {
        IdentityStatus status;
        try {
            status = IdentityStatus.valueOf(String.valueOf(change.status()));
        } catch (IllegalArgumentException unknown) {
            throw Conflicts.invalid("status", "The status is PROV, RECUP, VALI or QUAL.",
                    "Le statut vaut PROV, RECUP, VALI ou QUAL.");
        }
        boolean document = change.basis() != null && change.basis().contains("identity-document");
        boolean insi = change.basis() != null && change.basis().contains("insi-result");
        boolean supported = switch (status) {
            case PROV -> true;
            case RECUP -> insi;
            case VALI -> document;
            case QUAL -> document && insi;
        };
        if (!supported) {
            throw Conflicts.invalid("basis",
                    "RECUP rests on an INSi result, VALI on an identity document seen, QUAL on both (basis).",
                    "RECUP repose sur un résultat INSi, VALI sur une pièce d'identité vue, QUAL sur les deux (basis).");
        }
        if ((status == IdentityStatus.RECUP || status == IdentityStatus.QUAL) && !hasNir) {
            throw Conflicts.invalid("status", "An INS needs the patient's NIR or NIA first.",
                    "Un INS demande d'abord le NIR ou le NIA du patient.");
        }
        return status;
    }
}
