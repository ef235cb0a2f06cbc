package org.cabinet.records.internal.guard;

import org.cabinet.api.rest.ProblemException;

/** The refusals every resource of the clinical core shares, in English and French. */
public final class Conflicts {

    private Conflicts() {
    }

    /** 412: the client edited a version someone else changed since. */
    public static ProblemException staleVersion() {
        return new ProblemException(412, "stale-version",
                "Someone changed this since you read it: reload it, then apply your change again.",
                "Quelqu'un l'a modifié depuis votre lecture : rechargez-le, puis refaites votre modification.");
    }

    /** 428: a change without {@code If-Match}. */
    public static ProblemException versionRequired() {
        return new ProblemException(428, "version-required",
                "Send the ETag you read in an If-Match header, so that no one else's change is overwritten.",
                "Envoyez l'ETag lu dans un en-tête If-Match, pour n'écraser la modification de personne.");
    }

    /** 404 for a resource of the kind {@code what} (English) / {@code quoi} (French). */
    public static ProblemException notFound(String reason, String what, String quoi) {
        return new ProblemException(404, reason, "No " + what + " has this id.", "Aucun " + quoi + " n'a cet identifiant.");
    }

    /** 400 naming the field. */
    public static ProblemException invalid(String field, String english, String french) {
        return ProblemException.invalidField(field, english, french);
    }

    /**
     * @return {@code value} stripped, or {@code null} when blank
     * @throws ProblemException 400 naming the field when it is longer than {@code max}
     */
    public static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw invalid(field, field + " has at most " + max + " characters.",
                    field + " compte au plus " + max + " caractères.");
        }
        return stripped;
    }

    /** 400: a mandatory field is missing. */
    public static ProblemException missing(String field) {
        return ProblemException.invalidField(field, "The field " + field + " is required.",
                "Le champ " + field + " est obligatoire.");
    }
}
