package org.cabinet.records.internal.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cabinet.api.billing.BillableAct;
import org.cabinet.api.billing.BillableActSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acts specialty modules contribute (DESIGN rule 3): every registered {@link BillableActSource}, collected as
 * it comes and goes, so that a module's acts are billable exactly while the module runs.
 */
@Component(service = BillableActCatalog.class)
public final class BillableActCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(BillableActCatalog.class);

    private final Set<BillableActSource> sources = ConcurrentHashMap.newKeySet();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "remove")
    void add(BillableActSource source) {
        sources.add(source);
    }

    void remove(BillableActSource source) {
        sources.remove(source);
    }

    /** @return the acts of every module registered now, as dated tariffs of their module */
    public List<Tariff> tariffs() {
        List<Tariff> all = new ArrayList<>();
        for (BillableActSource source : sources) {
            try {
                String module = source.moduleId();
                for (BillableAct act : source.acts()) {
                    all.add(new Tariff(act.code(), act.nomenclature(), act.labelEnglish(), act.labelFrench(),
                            act.priceCents(), act.validFrom(), module));
                }
            } catch (RuntimeException broken) {
                // one module's failure must not stop billing with the others' acts
                LOG.warn("A billable act source failed and is left out of the catalogue: {}", broken.toString());
            }
        }
        return all;
    }
}
