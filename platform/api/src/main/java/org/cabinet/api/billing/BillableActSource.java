package org.cabinet.api.billing;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The acts a specialty module bills, registered by the module as a whiteboard service. The clinical core collects
 * every registered source: a source's acts can be billed, and are listed by {@code GET /api/billing/acts}, while it
 * is registered; they go when the module stops. Acts already billed keep the code, label and amount they were
 * billed with.
 * <p>
 * On the dates the clinic's tariff table prices a code (such as {@code C}, or a module's code an administrator
 * dated a tariff for), the table's fee applies; the module's proposed fee prices the act on other dates.
 *
 * @since 1.0
 */
@ConsumerType
public interface BillableActSource {

    /** @return the id of the module contributing the acts, such as {@code midwifery} */
    String moduleId();

    /** @return the acts the module bills; called whenever the catalogue is read, so it may change over time */
    List<BillableAct> acts();
}
