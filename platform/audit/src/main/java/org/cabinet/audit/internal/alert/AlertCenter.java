package org.cabinet.audit.internal.alert;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.RecordedEvent;
import org.cabinet.api.time.Clock;
import org.cabinet.audit.internal.AuditListener;
import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.rules.DetectionRules;
import org.cabinet.audit.internal.rules.RaisedAlert;
import org.cabinet.audit.internal.rules.RuleThresholds;
import org.cabinet.audit.internal.store.AuditRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the detection rules on every batch the audit writer recorded, stores what they raise, and publishes each
 * alert as an OSGi event ({@code org/cabinet/alert/<rule>}) carrying the response its rule asks for, which the
 * identity and access service acts on (freezing an account). At start the rules are warmed up with the last
 * hour of events and the alerts still in their quiet period, so a restart neither forgets nor repeats.
 */
@Component(service = { AuditListener.class, AlertCenter.class }, configurationPid = "org.cabinet.audit.rules")
@Designate(ocd = RulesConfig.class)
public final class AlertCenter implements AuditListener {

    private static final Logger LOG = LoggerFactory.getLogger(AlertCenter.class);
    private static final Duration WARM_UP = Duration.ofHours(1);

    private final AuditRepository repository;
    private final AlertStore alerts;
    private final EventAdmin events;
    private final Clock clock;
    private DetectionRules rules;
    /** the last event the current rules took in from the database: a later delivery of it is not counted twice */
    private long replayedUpTo;

    @Activate
    public AlertCenter(RulesConfig config, @Reference AuditRepository repository, @Reference EventAdmin events,
            @Reference Clock clock) {
        this.repository = repository;
        this.alerts = new AlertStore(repository.dataSource());
        this.events = events;
        this.clock = clock;
        start(config);
    }

    /**
     * New thresholds from {@code etc/}: new rules, warmed up with the last hour, while this stays the audit log's
     * listener. Were the component re-created instead, events recorded between the old listener's departure and the
     * new one's arrival would never be judged.
     */
    @Modified
    synchronized void modified(RulesConfig config) {
        start(config);
    }

    private synchronized void start(RulesConfig config) {
        ZoneId zone = clock.zone();
        RuleThresholds thresholds = thresholds(config);
        DetectionRules fresh = new DetectionRules(thresholds, new SqlBaselines(repository.dataSource(), clock, zone),
                zone);
        Instant since = clock.now().minus(WARM_UP);
        long upTo = 0;
        try {
            List<RecordedEvent> lastHour = repository.find("recorded_us >= ?", List.of(ChainHash.micros(since)),
                    1_000_000);
            fresh.replay(lastHour);
            upTo = lastHour.stream().mapToLong(RecordedEvent::sequence).max().orElse(0);
            alerts.since(since.minus(thresholds.quietPeriod()), 10_000).forEach(fresh::remember);
        } catch (SQLException e) {
            LOG.warn("The detection rules start without the last hour of events: {}", e.getMessage());
        }
        rules = fresh;
        replayedUpTo = upTo;
    }

    @Override
    public synchronized void recorded(List<RecordedEvent> batch) {
        List<RecordedEvent> unseen = batch.stream().filter(recorded -> recorded.sequence() > replayedUpTo).toList();
        for (RaisedAlert raised : rules.evaluateAll(unseen)) {
            try {
                Alert alert = alerts.store(raised);
                events.postEvent(new Event(raised.topic(), properties(alert)));
                LOG.warn("Alert {} ({}): {}", alert.id(), alert.rule(), alert.detail());
            } catch (SQLException e) {
                LOG.error("An alert of rule {} could not be stored: {}", raised.rule(), e.getMessage());
            }
        }
    }

    /** The configured thresholds, or the defaults (said once in the log) when they are out of range. */
    private static RuleThresholds thresholds(RulesConfig config) {
        try {
            return new RuleThresholds(config.distinct_patients_per_hour(), config.usual_rate_factor(),
                    config.usual_rate_minimum(), config.brute_force_accounts(), config.brute_force_failures(),
                    Duration.ofMinutes(config.brute_force_window_minutes()), config.unusual_hours_min_history(),
                    config.unusual_hours_share(), Duration.ofMinutes(config.quiet_period_minutes()));
        } catch (IllegalArgumentException e) {
            LOG.error("etc/org.cabinet.audit.rules.cfg: {}; the detection rules use their defaults", e.getMessage());
            return RuleThresholds.defaults();
        }
    }

    /** @return the alerts of the past {@code period}, newest first */
    public List<Alert> recent(Duration period, int limit) throws SQLException {
        return alerts.since(clock.now().minus(period), limit);
    }

    private static Map<String, Object> properties(Alert alert) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", alert.id());
        properties.put("rule", alert.rule());
        properties.put("response", alert.response());
        properties.put("detail", alert.detail());
        properties.put("raisedAt", alert.raisedAt().toString());
        if (alert.actor() != null) {
            properties.put("actor", alert.actor());
        }
        if (alert.clientAddress() != null) {
            properties.put("clientAddress", alert.clientAddress());
        }
        return properties;
    }
}
