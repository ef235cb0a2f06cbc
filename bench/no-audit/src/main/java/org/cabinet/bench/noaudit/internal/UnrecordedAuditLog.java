package org.cabinet.bench.noaudit.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.RecordedEvent;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * An {@link AuditLog} that records nothing and returns at once, ranked above Cabinet's own so that every consumer
 * binds it: what a request costs without its audit event. It references no service (not even the clock), so that
 * it is registered as soon as its bundle starts, before the core's bundles (at a higher start level) activate
 * the components that bind an audit log once, for good.
 */
@Component(service = AuditLog.class, property = Constants.SERVICE_RANKING + ":Integer=" + Integer.MAX_VALUE)
public final class UnrecordedAuditLog implements AuditLog {

    private static final String NODE = "benchmark-without-audit";

    private final AtomicLong sequence = new AtomicLong();

    @Override
    public RecordedEvent append(AuditEvent event) {
        return new RecordedEvent(sequence.incrementAndGet(), Instant.now(), NODE, event, "");
    }
}
