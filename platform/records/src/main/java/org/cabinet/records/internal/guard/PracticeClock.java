package org.cabinet.records.internal.guard;

import java.time.Instant;
import java.time.ZoneId;

import org.cabinet.api.time.Clock;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The clinical core's time: the best-ranked {@link Clock}, followed as it changes without restarting the services
 * that read it. (A static reference would restart them, and with them every REST resource they serve, each time a
 * better clock comes or goes, leaving the REST application briefly without its routes.)
 */
@Component(service = PracticeClock.class)
public final class PracticeClock implements Clock {

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public ZoneId zone() {
        return clock.zone();
    }
}
