package org.cabinet.records.internal.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cabinet.api.rest.ProblemException;
import org.cabinet.api.security.Permissions;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.Conflicts;
import org.cabinet.records.internal.guard.SealedJson;
import org.cabinet.records.internal.guard.Target;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A practitioner's day at the till: what the day's encounters billed, what was received that day by method, what
 * patients still owe and what insurers will pay. No patient is named in it.
 */
@Component(service = BillingDays.class)
public final class BillingDays {

    private final ClinicalStore store;
    private final SealedJson sealed;

    @Activate
    public BillingDays(@Reference ClinicalStore store) {
        this.store = store;
        this.sealed = new SealedJson(store);
    }

    /**
     * One practitioner's day at the till: their own ({@code billing:write}), or anyone's for an administrator
     * ({@code user:manage}).
     */
    public BillingDay day(String practitionerId, LocalDate date) {
        if (practitionerId == null || practitionerId.isBlank()) {
            throw Conflicts.missing("practitioner");
        }
        if (date == null) {
            throw Conflicts.missing("date");
        }
        String permission = Permissions.USER_MANAGE;
        if (!store.isPermitted(Permissions.USER_MANAGE) && store.isPermitted(Permissions.BILLING_WRITE)) {
            if (!practitionerId.equals(store.caller().userId())) {
                throw new ProblemException(403, "not-your-day", "A practitioner reconciles their own day only.",
                        "Un praticien ne fait le point que de sa propre journée.");
            }
            permission = Permissions.BILLING_WRITE;
        }
        return store.read(new Target(null, permission, "billing-day", practitionerId), em -> {
            List<CareRecordEntity> records = em.createQuery("select c from CareRecordEntity c"
                    + " where c.practitionerId = :practitioner and c.serviceDate = :date", CareRecordEntity.class)
                    .setParameter("practitioner", practitionerId).setParameter("date", date).getResultList();
            Map<String, long[]> byCode = new TreeMap<>();
            long billed = 0;
            long outstanding = 0;
            long awaited = 0;
            for (CareRecordEntity record : records) {
                for (BilledAct act : CareRecordService.acts(sealed, record)) {
                    long[] sums = byCode.computeIfAbsent(act.code(), code -> new long[2]);
                    sums[0]++;
                    sums[1] += act.amountCents();
                }
                billed += record.totalCents();
                awaited += record.awaitedCents();
                long paid = CareRecordService.paid(CareRecordService.payments(em, record.id()));
                outstanding += record.totalCents() - record.awaitedCents() - paid;
            }
            Map<PaymentMethod, Long> received = new EnumMap<>(PaymentMethod.class);
            for (PaymentMethod method : PaymentMethod.values()) {
                received.put(method, 0L);
            }
            em.createQuery("select p from PaymentEntity p where p.practitionerId = :practitioner"
                    + " and p.receivedOn = :date", PaymentEntity.class).setParameter("practitioner", practitionerId)
                    .setParameter("date", date).getResultList()
                    .forEach(payment -> received.merge(payment.method(), payment.amountCents(), Long::sum));
            Map<String, Long> byMethod = new LinkedHashMap<>();
            received.forEach((method, cents) -> byMethod.put(method.name(), cents));
            List<BillingDay.ActCount> counts = new ArrayList<>();
            byCode.forEach((code, sums) -> counts.add(new BillingDay.ActCount(code, (int) sums[0], sums[1])));
            return new BillingDay(practitionerId, date, records.size(), counts, billed,
                    byMethod.values().stream().mapToLong(Long::longValue).sum(), byMethod, outstanding, awaited);
        });
    }
}
