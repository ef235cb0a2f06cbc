package org.cabinet.records.internal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cabinet.records.internal.guard.Conflicts;

/** Prices the acts of a care record on its date, refusing (400 naming the field) what cannot be billed. */
public final class ActPricing {

    /** the most acts one care record carries */
    static final int MAX_ACTS = 20;

    private ActPricing() {
    }

    /** @throws org.cabinet.api.rest.ProblemException 400 naming {@code acts}, {@code acts[i].code} or {@code acts[i].coefficient} */
    public static List<BilledAct> price(TariffTable table, LocalDate date, List<ActRequest> acts) {
        if (acts == null || acts.isEmpty()) {
            throw Conflicts.invalid("acts", "A care record bills at least one act.",
                    "Une feuille de soins facture au moins un acte.");
        }
        if (acts.size() > MAX_ACTS) {
            throw Conflicts.invalid("acts", "A care record bills at most " + MAX_ACTS + " acts.",
                    "Une feuille de soins facture au plus " + MAX_ACTS + " actes.");
        }
        List<BilledAct> billed = new ArrayList<>();
        for (int i = 0; i < acts.size(); i++) {
            ActRequest act = acts.get(i);
            String field = "acts[" + i + "]";
            if (act == null || act.code() == null || act.code().isBlank()) {
                throw Conflicts.missing(field + ".code");
            }
            Tariff tariff = table.on(act.code().strip(), date).orElseThrow(() -> Conflicts.invalid(field + ".code",
                    "This act is unknown, or has no tariff on the encounter's date.",
                    "Cet acte est inconnu, ou n'a pas de tarif à la date de la rencontre."));
            BigDecimal coefficient = act.coefficient() == null ? BigDecimal.ONE : act.coefficient();
            if (!Fees.isCoefficient(coefficient)) {
                throw Conflicts.invalid(field + ".coefficient",
                        "A coefficient is above 0, at most 100, with at most two decimals.",
                        "Un coefficient est supérieur à 0, au plus 100, avec au plus deux décimales.");
            }
            billed.add(new BilledAct(tariff.code(), tariff.nomenclature().name(), tariff.labelFrench(),
                    Fees.plain(coefficient), tariff.priceCents(),
                    Fees.amount(tariff.priceCents(), coefficient), tariff.source()));
        }
        return List.copyOf(billed);
    }

    /** @return the sum of the acts' amounts, in cents */
    public static long total(List<BilledAct> acts) {
        return acts.stream().mapToLong(BilledAct::amountCents).sum();
    }
}
