package org.cabinet.security.internal.users;

import org.cabinet.api.rest.ProblemException;

/** The refusals of identity and access that a client can act on, in English and French. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException weakPassword(String refusal) {
        return switch (refusal) {
            case "too-long" -> new ProblemException(400, "weak-password", "The password is too long (256 characters at most).",
                    "Le mot de passe est trop long (256 caractères au plus).");
            case "common" -> new ProblemException(400, "weak-password",
                    "This password is among the most common ones: choose another, a passphrase of several words for instance.",
                    "Ce mot de passe fait partie des plus courants : choisissez-en un autre, une phrase de plusieurs mots par exemple.");
            default -> new ProblemException(400, "weak-password", "The password needs at least 12 characters; a passphrase is welcome.",
                    "Le mot de passe doit compter au moins 12 caractères ; une phrase de passe est bienvenue.");
        };
    }

    public static ProblemException invalid(String field, String english, String french) {
        return new ProblemException(400, "invalid-" + field, english, french);
    }

    public static ProblemException unknownUser() {
        return new ProblemException(404, "unknown-user", "No user has this id.", "Aucun utilisateur n'a cet identifiant.");
    }

    public static ProblemException usernameTaken() {
        return new ProblemException(409, "username-taken", "This username is taken (in any case).",
                "Ce nom d'utilisateur est déjà pris (quelle que soit la casse).");
    }

    public static ProblemException lastAdministrator() {
        return new ProblemException(409, "last-administrator",
                "This would leave Cabinet without an active administrator: make another one first.",
                "Cabinet n'aurait plus d'administrateur actif : nommez-en d'abord un autre.");
    }
}
