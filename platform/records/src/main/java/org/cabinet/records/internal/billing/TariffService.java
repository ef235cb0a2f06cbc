package org.cabinet.records.internal.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.billing.BillableAct;
import org.cabinet.api.billing.BillableAct.Nomenclature;
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
 * The clinic's dated tariff table and the acts modules contribute. Administrators ({@code user:manage}) date new
 * tariffs; no row is ever changed or back-dated, so an act keeps the price of its own date. Billers
 * ({@code billing:write}) and administrators read the catalogue.
 */
@Component(service = TariffService.class)
public final class TariffService {

    /** the highest fee accepted for coefficient 1: 10,000 EUR */
    static final long MAX_PRICE_CENTS = 1_000_000;

    private final ClinicalStore store;
    private final BillableActCatalog modules;
    private final Clock clock;

    @Activate
    public TariffService(@Reference ClinicalStore store, @Reference BillableActCatalog modules,
            @Reference PracticeClock clock) {
        this.store = store;
        this.modules = modules;
        this.clock = clock;
    }

    /** @return the table as it stands, the modules registered now included; call inside a transaction */
    TariffTable table(EntityManager em) {
        List<Tariff> core = em.createQuery("select t from TariffEntity t", TariffEntity.class).getResultList()
                .stream().map(TariffEntity::tariff).toList();
        return new TariffTable(core, modules.tariffs());
    }

    /** @return every act billable on {@code date} (today when null), with its tariff then */
    public List<Tariff> catalogue(LocalDate date) {
        LocalDate on = date == null ? clock.today() : date;
        return store.read(readable("billing-acts"), em -> table(em).catalogue(on));
    }

    /** @return every dated tariff of {@code code}, oldest first */
    public List<Tariff> history(String code) {
        String checked = code(code);
        return store.read(readable("tariff").naming(checked), em -> table(em).history(checked));
    }

    /**
     * Dates a new tariff.
     *
     * @throws ProblemException 400 naming the field at fault; 409 when the code already has a tariff on that date
     */
    public Tariff add(TariffRequest request) {
        if (request == null) {
            throw Conflicts.missing("code");
        }
        String code = code(request.code());
        Target target = new Target(null, Permissions.USER_MANAGE, "tariff", code);
        return store.write(AuditAction.ADMIN_CHANGE, target, em -> {
            if (request.priceCents() == null) {
                throw Conflicts.missing("priceCents");
            }
            if (request.priceCents() < 0 || request.priceCents() > MAX_PRICE_CENTS) {
                throw Conflicts.invalid("priceCents", "A fee is between 0 and 1000000 cents.",
                        "Un tarif est compris entre 0 et 1000000 centimes.");
            }
            if (request.validFrom() == null) {
                throw Conflicts.missing("validFrom");
            }
            if (request.validFrom().isBefore(clock.today())) {
                throw Conflicts.invalid("validFrom",
                        "A new tariff starts today or later: acts already done keep the fee of their date.",
                        "Un nouveau tarif commence aujourd'hui ou plus tard : les actes passés gardent le tarif de leur date.");
            }
            List<Tariff> history = table(em).history(code).stream().filter(t -> Tariff.CORE.equals(t.source()))
                    .toList();
            if (history.stream().anyMatch(t -> t.validFrom().equals(request.validFrom()))) {
                throw new ProblemException(409, "tariff-exists",
                        "This act already has a tariff from that date; date the new one otherwise.",
                        "Cet acte a déjà un tarif à cette date ; datez le nouveau autrement.");
            }
            Tariff latest = history.isEmpty() ? null : history.get(history.size() - 1);
            Tariff tariff = new Tariff(code, nomenclature(request.nomenclature(), latest),
                    label("labelEnglish", request.labelEnglish(), latest == null ? null : latest.labelEnglish()),
                    label("labelFrench", request.labelFrench(), latest == null ? null : latest.labelFrench()),
                    request.priceCents(), request.validFrom(), Tariff.CORE);
            em.persist(new TariffEntity(UUID.randomUUID().toString(), tariff, Times.micros(clock.now()), store.caller().userId()));
            return tariff;
        });
    }

    private Target readable(String resourceType) {
        String permission = store.isPermitted(Permissions.BILLING_WRITE) ? Permissions.BILLING_WRITE
                : Permissions.USER_MANAGE;
        return new Target(null, permission, resourceType, null);
    }

    private static String code(String code) {
        if (code == null || code.isBlank()) {
            throw Conflicts.missing("code");
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!BillableAct.CODE.matcher(upper).matches()) {
            throw Conflicts.invalid("code", "An act code is 1 to 16 letters and digits.",
                    "Un code d'acte compte 1 à 16 lettres et chiffres.");
        }
        return upper;
    }

    private static Nomenclature nomenclature(String given, Tariff latest) {
        if (given == null || given.isBlank()) {
            if (latest == null) {
                throw Conflicts.missing("nomenclature");
            }
            return latest.nomenclature();
        }
        try {
            return Nomenclature.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Conflicts.invalid("nomenclature", "The nomenclature is NGAP or CCAM.",
                    "La nomenclature est NGAP ou CCAM.");
        }
    }

    private static String label(String field, String given, String latest) {
        String label = given == null || given.isBlank() ? latest : given.strip();
        if (label == null) {
            throw Conflicts.missing(field);
        }
        if (label.length() > 200) {
            throw Conflicts.invalid(field, "A label has at most 200 characters.",
                    "Un libellé compte au plus 200 caractères.");
        }
        return label;
    }
}
