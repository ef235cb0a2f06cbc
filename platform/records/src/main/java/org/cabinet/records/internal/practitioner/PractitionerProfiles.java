package org.cabinet.records.internal.practitioner;

import javax.persistence.EntityManager;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.time.Clock;
import org.cabinet.records.internal.guard.PracticeClock;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.guard.Times;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Practitioners' professional identities, keyed by account id: read and written by the practitioner themself
 * (a prescriber, {@code prescription:write}) or by an administrator ({@code user:manage}).
 */
@Component(service = PractitionerProfiles.class)
public final class PractitionerProfiles {

    private final ClinicalStore store;
    private final Clock clock;

    @Activate
    public PractitionerProfiles(@Reference ClinicalStore store,
            @Reference PracticeClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @throws ProblemException 404 when the practitioner has no profile yet */
    public PractitionerProfile get(String userId) {
        return store.read(target(userId), em -> find(em, userId).view());
    }

    /**
     * Creates the profile (no version expected) or changes it (the version read, from If-Match).
     *
     * @param expected the version the client read, or {@code null} to create
     * @throws ProblemException 400 naming the field; 428 to change an existing profile without a version; 412
     *                          when the version is stale; 409 to create one that exists
     */
    public PractitionerProfile put(String userId, Long expected, ProfileRequest request) {
        Target target = target(userId);
        return store.write(expected == null ? AuditAction.CREATE : AuditAction.UPDATE, target, em -> {
            ProfileRequest checked = ProfileRules.checked(request);
            PractitionerProfileEntity profile = em.find(PractitionerProfileEntity.class, userId);
            if (expected == null) {
                if (profile != null) {
                    throw Conflicts.versionRequired();
                }
                profile = new PractitionerProfileEntity(userId);
                profile.change(checked, micros(), store.caller().userId());
                em.persist(profile);
            } else {
                if (profile == null) {
                    throw notFound();
                }
                if (profile.version() != expected) {
                    throw Conflicts.staleVersion();
                }
                profile.change(checked, micros(), store.caller().userId());
            }
            em.flush();
            return profile.view();
        });
    }

    /**
     * The prescriber block of {@code userId}, inside the caller's transaction.
     *
     * @throws ProblemException 409 naming the first empty field ({@code prescriber.rpps}, ...) when the profile
     *                          lacks a field the prescription must print
     */
    public static Prescriber prescriber(EntityManager em, String userId) {
        PractitionerProfileEntity entity = em.find(PractitionerProfileEntity.class, userId);
        if (entity == null) {
            throw incomplete("prescriber.name");
        }
        PractitionerProfile profile = entity.view();
        if (!profile.missing().isEmpty()) {
            throw incomplete("prescriber." + profile.missing().get(0));
        }
        return new Prescriber(userId, profile.name(), profile.qualification(), profile.rpps(), profile.address(),
                profile.phone(), profile.email());
    }

    private Target target(String userId) {
        if (userId == null || !userId.matches("[\\p{Alnum}._:@-]{1,64}")) {
            throw Conflicts.invalid("userId", "A user id is Cabinet's internal account id.",
                    "Un identifiant d'utilisateur est l'identifiant interne du compte dans Cabinet.");
        }
        boolean self = store.caller().userId().equals(userId) && !store.isPermitted(Permissions.USER_MANAGE);
        return new Target(null, self ? Permissions.PRESCRIPTION_WRITE : Permissions.USER_MANAGE,
                "practitioner-profile", userId);
    }

    private static PractitionerProfileEntity find(EntityManager em, String userId) {
        PractitionerProfileEntity profile = em.find(PractitionerProfileEntity.class, userId);
        if (profile == null) {
            throw notFound();
        }
        return profile;
    }

    private static ProblemException notFound() {
        return new ProblemException(404, "unknown-practitioner-profile", "This practitioner has no profile yet.",
                "Ce praticien n'a pas encore de profil.");
    }

    private static ProblemException incomplete(String field) {
        return new ProblemException(409, "prescriber-profile-incomplete", field,
                "The prescriber's profile lacks a field every prescription must print (" + field
                        + "): complete the profile first.",
                "Le profil du prescripteur n'a pas un champ que toute ordonnance doit porter (" + field
                        + ") : complétez d'abord le profil.");
    }

    private long micros() {
        return Times.micros(clock.now());
    }
}
