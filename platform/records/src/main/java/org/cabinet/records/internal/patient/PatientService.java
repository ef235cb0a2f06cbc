package org.cabinet.records.internal.patient;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.records.PatientEvents;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.time.Clock;
import org.cabinet.records.internal.guard.PracticeClock;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.SealedJson;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.guard.Times;
import org.cabinet.records.internal.rest.Page;
import org.cabinet.records.internal.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Patients' identities: created after a duplicate check on the strict traits, found by name prefix, birth date or
 * exact NIR, changed with the version read, qualified, merged. Identity needs {@code patient:identity} only.
 */
@Component(service = PatientService.class)
public final class PatientService {

    static final String RESOURCE = "patient";

    private final ClinicalStore store;
    private final Clock clock;
    private final SealedJson sealed;

    private final EventAdmin events;

    @Activate
    public PatientService(@Reference ClinicalStore store, @Reference PracticeClock clock, @Reference EventAdmin events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
        this.sealed = new SealedJson(store);
    }

    /** @throws ProblemException 400 naming the field, 409 on a duplicate */
    public PatientView create(PatientInput input) {
        Optional<Nir> nir = PatientRules.check(input, clock.today());
        String id = UUID.randomUUID().toString();
        return store.write(AuditAction.CREATE, identity(id), em -> {
            String index = nir.map(n -> store.cipher().blindIndex(n.value())).orElse(null);
            refuseTakenNir(em, index, id);
            if (!Boolean.TRUE.equals(input.confirmDistinct())) {
                refuseDuplicate(em, input);
            }
            PatientEntity patient = new PatientEntity(id, Times.micros(clock.now()));
            apply(patient, input, nir, index);
            em.persist(patient);
            em.flush();
            PatientNames.index(em, patient, input.usedName());
            return view(patient);
        });
    }

    /** @return the patient's identity; merged records answer with {@code mergedInto} */
    public PatientView find(String id) {
        return store.read(identity(id), em -> view(existing(em, id, false)));
    }

    /**
     * Changes the identity. A change of a strict trait brings a validated or qualified identity back to PROV: it
     * must be checked again.
     */
    public PatientView update(String id, long expectedVersion, PatientInput input) {
        Optional<Nir> nir = PatientRules.check(input, clock.today());
        return store.write(AuditAction.UPDATE, identity(id), em -> {
            PatientEntity patient = current(em, id, expectedVersion);
            String index = nir.map(n -> store.cipher().blindIndex(n.value())).orElse(null);
            refuseTakenNir(em, index, id);
            boolean traitsChanged = !PatientTraits.same(patient, input, index);
            apply(patient, input, nir, index);
            if (traitsChanged) {
                patient.identityStatus(IdentityStatus.PROV, null);
            }
            patient.touched(Times.micros(clock.now()));
            em.flush();
            PatientNames.index(em, patient, input.usedName());
            return view(patient);
        });
    }

    /** Sets the identity status, with what it rests on. */
    public PatientView qualify(String id, long expectedVersion, IdentityStatusChange change) {
        return store.write(AuditAction.UPDATE, identity(id), em -> {
            PatientEntity patient = current(em, id, expectedVersion);
            IdentityStatus status = PatientRules.status(change, patient.nirSealed() != null);
            patient.identityStatus(status, change.basis() == null || change.basis().isEmpty() ? null
                    : String.join(",", new LinkedHashSet<>(change.basis())));
            patient.touched(Times.micros(clock.now()));
            return view(patient);
        });
    }

    /**
     * Merges {@code duplicateId} into {@code survivorId}: everything recorded for the duplicate then belongs to the
     * survivor, and the duplicate answers with {@code mergedInto}. Both patients' audit trails record it.
     */
    public PatientView merge(String survivorId, long expectedVersion, String duplicateId) {
        if (duplicateId == null || duplicateId.isBlank()) {
            throw Conflicts.missing("duplicateId");
        }
        if (duplicateId.equals(survivorId)) {
            throw Conflicts.invalid("duplicateId", "A record cannot be merged into itself.",
                    "Un dossier ne peut être fusionné avec lui-même.");
        }
        List<Target> both = List.of(identity(survivorId), identity(duplicateId));
        PatientView merged = store.write(AuditAction.UPDATE, both, em -> {
            PatientEntity survivor = current(em, survivorId, expectedVersion);
            PatientEntity duplicate = existing(em, duplicateId, true);
            PatientMerge.moveEverything(em, duplicateId, survivorId);
            duplicate.mergeInto(survivorId);
            long now = Times.micros(clock.now());
            duplicate.touched(now);
            survivor.touched(now);
            em.flush();
            PatientNames.forget(em, duplicateId);
            return view(survivor);
        });
        // once committed: modules move their own data keyed by the duplicate's id
        events.postEvent(new Event(PatientEvents.MERGED,
                Map.of(PatientEvents.SURVIVOR, survivorId, PatientEvents.DUPLICATE, duplicateId)));
        return merged;
    }

    /**
     * @param name      a prefix of the birth or used name (accents and case ignored)
     * @param birthDate an exact birth date
     * @param nir       an exact NIR
     */
    public Page<PatientSummary> search(String name, LocalDate birthDate, String nir, Paging paging) {
        String key = name == null ? "" : NameKeys.of(name);
        if (key.isEmpty() && birthDate == null && (nir == null || nir.isBlank())) {
            throw Conflicts.invalid("name", "Search by name, birthDate or nir.",
                    "Cherchez par nom (name), date de naissance (birthDate) ou NIR (nir).");
        }
        Target search = new Target(null, Permissions.PATIENT_IDENTITY, "patient-search", null);
        if (nir != null && !nir.isBlank()) {
            String index = store.cipher().blindIndex(nir.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT));
            return store.read(search, em -> paging.page(PatientSearch.byNir(em, index, paging).stream()
                    .map(PatientService::summary).toList()));
        }
        return store.read(search, em -> paging.page(PatientSearch.byNameOrBirthDate(em, key, birthDate, paging).stream()
                .map(PatientService::summary).toList()));
    }

    /**
     * For support at the console: the patients holding this NIR, each look-up recorded in the audit log as a read by
     * the console user before anything is shown.
     */
    public List<PatientSummary> findByNirAtConsole(String nir, String actor) {
        Nir parsed = Nir.parse(nir).nir().orElseThrow(() -> Conflicts.invalid("nir",
                "This is not a NIR with a valid key.", "Ce n'est pas un NIR avec une clé valide."));
        String index = store.cipher().blindIndex(parsed.value());
        List<PatientSummary> found = store.unguarded(em -> PatientSearch.byNir(em, index, new Paging(0, 10)).stream()
                .map(PatientService::summary).toList());
        store.recordConsole(actor, AuditAction.READ, new Target(null, Permissions.PATIENT_IDENTITY, "patient-search", null));
        found.forEach(patient -> store.recordConsole(actor, AuditAction.READ,
                new Target(patient.id(), Permissions.PATIENT_IDENTITY, RESOURCE, patient.id())));
        return found;
    }

    /** @return how many active patients there are (a count, no health data) */
    public long count() {
        return store.unguarded(em -> em.createQuery("select count(p) from PatientEntity p where p.status = 'active'",
                Long.class).getSingleResult());
    }

    /** @return whether an active patient has this id (for the other services of the core, inside their work) */
    public static PatientEntity activePatient(EntityManager em, String id) {
        PatientEntity patient = em.find(PatientEntity.class, id);
        if (patient == null || !patient.active()) {
            throw unknown();
        }
        return patient;
    }

    public PatientView view(PatientEntity patient) {
        String nir = store.cipher().decrypt(patient.nirSealed());
        Optional<Nir> parsed = nir == null ? Optional.empty() : Nir.parse(nir).nir();
        PatientView.Ins ins = patient.identityStatus() == IdentityStatus.QUAL
                ? parsed.map(n -> new PatientView.Ins(n.value(), n.oid())).orElse(null)
                : null;
        Contact contact = patient.contactSealed() == null ? null : sealed.open(patient.contactSealed(), Contact.class);
        return new PatientView(patient.id(), patient.birthName(), patient.usedName(), patient.firstNames(),
                patient.usedFirstName(), patient.birthDate(), patient.sex(), patient.birthplaceInsee(),
                parsed.map(Nir::formatted).orElse(null), patient.identityStatus().name(), patient.identityBasis(), ins,
                contact, patient.active() ? "active" : "merged", patient.mergedInto(), patient.version());
    }

    static PatientSummary summary(PatientEntity patient) {
        return new PatientSummary(patient.id(), patient.birthName(), patient.usedName(), patient.firstNames(),
                patient.birthDate(), patient.sex(), patient.identityStatus().name());
    }

    private void apply(PatientEntity patient, PatientInput input, Optional<Nir> nir, String index) {
        patient.identity(input.birthName().strip(), blankToNull(input.usedName()), input.firstNames().strip(),
                blankToNull(input.usedFirstName()), input.birthDate(), input.sex(), input.birthplaceInsee());
        patient.nir(nir.map(n -> store.cipher().encrypt(n.value())).orElse(null), index);
        patient.contact(input.contact() == null ? null : sealed.seal(input.contact()));
    }

    private static void refuseTakenNir(EntityManager em, String index, String self) {
        if (index == null) {
            return;
        }
        List<String> holders = em.createQuery(
                "select p.id from PatientEntity p where p.nirIndex = :index and p.status = 'active' and p.id <> :self",
                String.class).setParameter("index", index).setParameter("self", self).getResultList();
        if (!holders.isEmpty()) {
            throw new ProblemException(409, "nir-taken", "nir",
                    "Patient " + holders.get(0) + " already has this NIR: open that record.",
                    "Le patient " + holders.get(0) + " a déjà ce NIR : ouvrez ce dossier.");
        }
    }

    private static void refuseDuplicate(EntityManager em, PatientInput input) {
        List<String> same = em.createQuery("select p.id from PatientEntity p where p.birthNameKey = :name"
                + " and p.firstNameKey = :first and p.birthDate = :born and p.sex = :sex and p.status = 'active'",
                String.class).setParameter("name", NameKeys.of(input.birthName()))
                .setParameter("first", NameKeys.firstOf(input.firstNames())).setParameter("born", input.birthDate())
                .setParameter("sex", input.sex()).getResultList();
        if (!same.isEmpty()) {
            throw new ProblemException(409, "possible-duplicate",
                    "Patient " + String.join(", ", same) + " has the same birth name, first name, birth date and sex:"
                            + " open that record, or confirm that this is another person (confirmDistinct).",
                    "Le patient " + String.join(", ", same) + " a les mêmes nom de naissance, prénom, date de naissance"
                            + " et sexe : ouvrez ce dossier, ou confirmez qu'il s'agit d'une autre personne (confirmDistinct).");
        }
    }

    private static PatientEntity existing(EntityManager em, String id, boolean activeOnly) {
        PatientEntity patient = em.find(PatientEntity.class, id);
        if (patient == null || activeOnly && !patient.active()) {
            throw unknown();
        }
        return patient;
    }

    private static PatientEntity current(EntityManager em, String id, long expectedVersion) {
        PatientEntity patient = existing(em, id, true);
        if (patient.version() != expectedVersion) {
            throw Conflicts.staleVersion();
        }
        return patient;
    }

    static ProblemException unknown() {
        return Conflicts.notFound("unknown-patient", "patient", "patient");
    }

    private static Target identity(String id) {
        return new Target(id, Permissions.PATIENT_IDENTITY, RESOURCE, id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Set<String> nameKeys(PatientEntity patient, String usedName) {
        Set<String> keys = new LinkedHashSet<>(List.of(patient.birthNameKeyValue()));
        if (usedName != null && !usedName.isBlank()) {
            keys.add(NameKeys.of(usedName));
        }
        return keys;
    }
}
