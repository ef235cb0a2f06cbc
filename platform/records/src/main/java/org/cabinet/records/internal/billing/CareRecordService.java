package org.cabinet.records.internal.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.Permissions;
import org.cabinet.api.time.Clock;
import org.cabinet.records.internal.guard.PracticeClock;
import org.cabinet.records.internal.encounter.EncounterEntity;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.SealedJson;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.guard.Times;
import org.cabinet.records.internal.patient.PatientEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Care records (one per encounter) and their payments. Billing a patient's
 * encounter needs {@code billing:write} within a care relationship; acts are priced once, from the tariff valid on
 * the encounter's date.
 */
@Component(service = CareRecordService.class)
public final class CareRecordService {

    private final ClinicalStore store;
    private final SealedJson sealed;
    private final TariffService tariffs;
    private final Clock clock;

    @Activate
    public CareRecordService(@Reference ClinicalStore store, @Reference TariffService tariffs,
            @Reference PracticeClock clock) {
        this.store = store;
        this.sealed = new SealedJson(store);
        this.tariffs = tariffs;
        this.clock = clock;
    }

    /**
     * Bills an encounter.
     *
     * @throws ProblemException 400 naming the field at fault, 404 for an unknown encounter, 409 when the encounter
     *                          has a care record already or its patient's record was merged
     */
    public CareRecord create(CareRecordRequest request) {
        if (request == null || request.encounterId() == null || request.encounterId().isBlank()) {
            throw Conflicts.missing("encounterId");
        }
        String encounterId = request.encounterId().strip();
        String patientId = store.patientOf(new Target(null, Permissions.BILLING_WRITE, "encounter", encounterId),
                em -> encounter(em, encounterId).patientId());
        String id = UUID.randomUUID().toString();
        Target target = new Target(patientId, Permissions.BILLING_WRITE, "care-record", id);
        return store.write(AuditAction.CREATE, target, em -> {
            EncounterEntity encounter = encounter(em, encounterId);
            PatientEntity patient = em.find(PatientEntity.class, encounter.patientId());
            if (patient == null || !patient.active()) {
                throw new ProblemException(409, "patient-merged",
                        "This patient's record was merged into another: bill the surviving record's encounter.",
                        "Le dossier de ce patient a été fusionné : facturez la rencontre du dossier conservé.");
            }
            Long existing = em.createQuery("select count(c) from CareRecordEntity c where c.encounterId = :encounter",
                    Long.class).setParameter("encounter", encounterId).getSingleResult();
            if (existing > 0) {
                throw new ProblemException(409, "care-record-exists",
                        "This encounter is billed already: change its care record instead.",
                        "Cette rencontre est déjà facturée : modifiez sa feuille de soins.");
            }
            LocalDate date = Times.instant(encounter.startedUs()).atZone(clock.zone()).toLocalDate();
            CareRecordEntity record = new CareRecordEntity(id, encounter.patientId(), encounterId,
                    encounter.practitionerId(), date, micros());
            bill(em, record, request, 0);
            em.persist(record);
            em.flush();
            return view(record, List.of());
        });
    }

    /** @throws ProblemException 404 when no care record has this id */
    public CareRecord get(String id) {
        return store.read(target(id), em -> view(em, record(em, id)));
    }

    /** @return the care record of an encounter; 404 when it has none */
    public CareRecord ofEncounter(String encounterId) {
        String id = store.unguarded(em -> em.createQuery(
                "select c.id from CareRecordEntity c where c.encounterId = :encounter", String.class)
                .setParameter("encounter", encounterId).getResultList().stream().findFirst().orElseThrow(
                        CareRecordService::notFound));
        return get(id);
    }

    /**
     * Replaces the acts, the exemption and the third-party payment, priced again on the encounter's date.
     *
     * @param expected the version the client read (If-Match)
     * @throws ProblemException 412 when it is stale; 409 when the new total is below what the patient paid
     */
    public CareRecord change(String id, long expected, CareRecordRequest request) {
        return store.write(AuditAction.UPDATE, target(id), em -> {
            CareRecordEntity record = record(em, id);
            if (record.version() != expected) {
                throw Conflicts.staleVersion();
            }
            if (request == null) {
                throw Conflicts.missing("acts");
            }
            bill(em, record, request, paid(payments(em, id)));
            em.flush();
            return view(em, record);
        });
    }

    /**
     * Records a payment by the patient.
     *
     * @throws ProblemException 400 naming {@code method} or {@code amountCents} (more than what is left to pay)
     */
    public CareRecord pay(String id, PaymentRequest request) {
        Target target = target(id);
        return store.write(AuditAction.CREATE, new Target(target.patientId(), target.permission(), "payment", id),
                em -> {
                    CareRecordEntity record = record(em, id);
                    if (request == null || request.method() == null) {
                        throw Conflicts.missing("method");
                    }
                    PaymentMethod method = parse(PaymentMethod.class, "method", request.method(), "CASH, CHEQUE, CARD, TRANSFER");
                    if (request.amountCents() == null) {
                        throw Conflicts.missing("amountCents");
                    }
                    long left = record.totalCents() - record.awaitedCents() - paid(payments(em, id));
                    if (request.amountCents() <= 0 || request.amountCents() > left) {
                        throw Conflicts.invalid("amountCents",
                                "A payment is more than 0 cents and at most what is left to pay (" + left + " cents).",
                                "Un paiement dépasse 0 centime et au plus le reste à payer (" + left + " centimes).");
                    }
                    Instant now = clock.now();
                    em.persist(new PaymentEntity(UUID.randomUUID().toString(), record, method, request.amountCents(),
                            now.atZone(clock.zone()).toLocalDate(), Times.micros(now), store.caller().userId()));
                    // a payment changes what is left to pay: a change prepared before it must be redone
                    em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    em.flush();
                    return view(em, record);
                });
    }

    private void bill(EntityManager em, CareRecordEntity record, CareRecordRequest request, long alreadyPaid) {
        List<BilledAct> acts = ActPricing.price(tariffs.table(em), record.serviceDate(), request.acts());
        Exemption exemption = request.exemption() == null ? Exemption.NONE
                : parse(Exemption.class, "exemption", request.exemption(), "NONE, ALD, MATERNITY, WORK_ACCIDENT");
        ThirdParty thirdParty = request.thirdParty() == null ? ThirdParty.NONE
                : parse(ThirdParty.class, "thirdParty", request.thirdParty(), "NONE, AMO, AMO_AMC");
        long total = ActPricing.total(acts);
        long awaited = thirdParty.awaitedCents(total, exemption);
        if (total - awaited < alreadyPaid) {
            throw new ProblemException(409, "paid-exceeds-share",
                    "The patient has paid more than their share would be: record a refund first.",
                    "Le patient a payé plus que sa part ne serait : enregistrez d'abord un remboursement.");
        }
        record.bill(exemption, thirdParty, sealed.seal(new BilledActs(acts)), acts.size(), total, awaited,
                micros(), store.caller().userId());
    }

    private Target target(String id) {
        String patientId = store.patientOf(new Target(null, Permissions.BILLING_WRITE, "care-record", id),
                em -> record(em, id).patientId());
        return new Target(patientId, Permissions.BILLING_WRITE, "care-record", id);
    }

    private CareRecord view(EntityManager em, CareRecordEntity record) {
        return view(record, payments(em, record.id()));
    }

    private CareRecord view(CareRecordEntity record, List<PaymentEntity> payments) {
        long paid = paid(payments);
        long patientPart = record.totalCents() - record.awaitedCents();
        return new CareRecord(record.id(), record.version(), record.patientId(), record.encounterId(),
                record.practitionerId(), record.serviceDate(), record.exemption().name(), record.thirdParty().name(),
                acts(record), record.totalCents(), record.awaitedCents(), patientPart, paid, patientPart - paid,
                payments.stream().map(p -> new CareRecord.Payment(p.id(), p.method().name(), p.amountCents(),
                        Times.instant(p.receivedUs()))).toList());
    }

    private List<BilledAct> acts(CareRecordEntity record) {
        return acts(sealed, record);
    }

    /** @return the acts of {@code record}, unsealed */
    static List<BilledAct> acts(SealedJson sealed, CareRecordEntity record) {
        return sealed.open(record.actsSealed(), BilledActs.class).acts();
    }

    /** @return the payments towards a care record, oldest first */
    static List<PaymentEntity> payments(EntityManager em, String careRecordId) {
        return em.createQuery("select p from PaymentEntity p where p.careRecordId = :record order by p.receivedUs",
                PaymentEntity.class).setParameter("record", careRecordId).getResultList();
    }

    /** @return the sum of {@code payments} */
    static long paid(List<PaymentEntity> payments) {
        return payments.stream().mapToLong(PaymentEntity::amountCents).sum();
    }

    private static CareRecordEntity record(EntityManager em, String id) {
        CareRecordEntity record = id == null ? null : em.find(CareRecordEntity.class, id);
        if (record == null) {
            throw notFound();
        }
        return record;
    }

    private static EncounterEntity encounter(EntityManager em, String id) {
        EncounterEntity encounter = em.find(EncounterEntity.class, id);
        if (encounter == null) {
            throw new ProblemException(404, "unknown-encounter", "No encounter has this id.",
                    "Aucune rencontre n'a cet identifiant.");
        }
        return encounter;
    }

    private static ProblemException notFound() {
        return new ProblemException(404, "unknown-care-record", "No care record has this id.",
                "Aucune feuille de soins n'a cet identifiant.");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Conflicts.invalid(field, field + " is one of " + allowed + ".", field + " vaut l'un de " + allowed + ".");
        }
    }

    private long micros() {
        return Times.micros(clock.now());
    }
}
