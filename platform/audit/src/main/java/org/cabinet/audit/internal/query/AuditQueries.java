package org.cabinet.audit.internal.query;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.audit.internal.archive.Anchor;
import org.cabinet.audit.internal.archive.ArchiveAnchors;
import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.store.AuditRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The questions a practice asks its audit log: who reached this patient's data (what it needs to tell patients
 * after a breach), and what did this account do. They are answered from the database: events older than the
 * retention are in the archive, and {@link #completeFrom()} says from when the answers are complete.
 */
@Component(service = AuditQueries.class)
public final class AuditQueries {

    /** the most events one answer carries */
    public static final int LIMIT = 100_000;

    private final AuditRepository repository;
    private final ArchiveAnchors anchors;

    @Activate
    public AuditQueries(@Reference AuditRepository repository, @Reference ArchiveAnchors anchors) {
        this.repository = repository;
        this.anchors = anchors;
    }

    /**
     * @return the instant from which the database holds every event (older ones may be archived), or empty when
     *         nothing was ever archived
     */
    public Optional<Instant> completeFrom() throws SQLException {
        Anchor anchor = anchors.current();
        return anchor.equals(Anchor.NOTHING_ARCHIVED) ? Optional.empty() : Optional.of(anchor.completeFrom());
    }

    /** @return every event about the patient within the period, oldest first */
    public List<RecordedEvent> forPatient(String patientId, Instant from, Instant to) throws SQLException {
        return find("patient_id = ?", patientId, from, to, Set.of());
    }

    /** @return every event of the account within the period, of the actions given (all when empty) */
    public List<RecordedEvent> forActor(String actor, Instant from, Instant to, Set<AuditAction> actions)
            throws SQLException {
        return find("actor = ?", actor, from, to, actions);
    }

    private List<RecordedEvent> find(String condition, String value, Instant from, Instant to,
            Set<AuditAction> actions) throws SQLException {
        StringBuilder where = new StringBuilder(condition);
        List<Object> parameters = new ArrayList<>(List.of(value));
        if (from != null) {
            where.append(" AND recorded_us >= ?");
            parameters.add(ChainHash.micros(from));
        }
        if (to != null) {
            where.append(" AND recorded_us < ?");
            parameters.add(ChainHash.micros(to));
        }
        if (!actions.isEmpty()) {
            where.append(" AND action IN (").append(String.join(", ", actions.stream().map(action -> "?").toList()))
                    .append(')');
            actions.stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        return repository.find(where.toString(), parameters, LIMIT);
    }
}
