package org.cabinet.audit.internal;

import java.util.List;

import org.cabinet.api.audit.RecordedEvent;

/** Told of every batch of events once it is durably recorded, off the writer's thread. */
public interface AuditListener {

    void recorded(List<RecordedEvent> events);
}
