package org.cabinet.audit.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.RecordedEvent;

/**
 * {@value #NAME}: an account opening more distinct patients within a sliding hour than the limit, or than a
 * multiple of its own usual rate, is harvesting records. Every data access counts, refused ones too: an intruder
 * probing patients is refused most of the time. Asks for the account to be frozen.
 */
final class DistinctPatientsRule implements DetectionRule {

    static final String NAME = "distinct-patients";
    private static final Duration WINDOW = Duration.ofHours(1);

    private final RuleThresholds thresholds;
    private final BaselineCache baselines;
    private final AlertWording wording;
    private final ExpiringMap<RecentDistinct> patientsByActor;

    DistinctPatientsRule(RuleThresholds thresholds, BaselineCache baselines, AlertWording wording, int maxActors) {
        this.thresholds = thresholds;
        this.baselines = baselines;
        this.wording = wording;
        this.patientsByActor = new ExpiringMap<>(maxActors);
    }

    @Override
    public void record(RecordedEvent recorded) {
        AuditEvent event = recorded.event();
        if (concernsPatient(event)) {
            RecentDistinct patients = patientsByActor.get(event.actor(), recorded.time());
            if (patients == null) {
                // Any threshold the rule applies is at most the absolute limit: one more patient is enough to know.
                patients = new RecentDistinct(WINDOW, thresholds.distinctPatientsPerHour() + 1);
            }
            patients.add(event.patientId(), recorded.time());
            patientsByActor.put(event.actor(), patients, recorded.time().plus(WINDOW));
        }
    }

    @Override
    public Optional<RaisedAlert> judge(RecordedEvent recorded) {
        AuditEvent event = recorded.event();
        RecentDistinct patients = concernsPatient(event) ? patientsByActor.get(event.actor(), recorded.time()) : null;
        if (patients == null) {
            return Optional.empty();
        }
        Instant now = recorded.time();
        int count = patients.count(now);
        int limit = thresholds.distinctPatientsPerHour();
        if (count > limit) {
            return Optional.of(alert(recorded, "More than " + limit + " distinct patients opened in the hour before "
                    + wording.clock(now) + " (limit: " + limit + " an hour)."));
        }
        double factor = thresholds.usualRateFactor();
        if (count > factor * thresholds.usualRateMinimum()) {
            OptionalDouble usual = baselines.usualDistinctPatientsPerHour(event.actor(), now);
            if (usual.isPresent() && usual.getAsDouble() >= thresholds.usualRateMinimum()
                    && count > factor * usual.getAsDouble()) {
                return Optional.of(alert(recorded, count + " distinct patients opened in the hour before "
                        + wording.clock(now) + ", more than " + wording.number(factor)
                        + " times this account's usual " + wording.number(usual.getAsDouble()) + " an hour."));
            }
        }
        return Optional.empty();
    }

    @Override
    public void evictExpired(Instant now) {
        patientsByActor.evictExpired(now);
    }

    @Override
    public int trackedKeys() {
        return patientsByActor.size();
    }

    private static boolean concernsPatient(AuditEvent event) {
        return event.action().isDataAccess() && event.patientId() != null;
    }

    private static RaisedAlert alert(RecordedEvent recorded, String detail) {
        AuditEvent event = recorded.event();
        return new RaisedAlert(NAME, event.actor(), event.clientAddress(), recorded.time(), Alert.FREEZE_ACCOUNT,
                detail);
    }
}
