package org.cabinet.audit.internal.rules;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.RecordedEvent;

/**
 * {@value #NAME}: an account reaching patient data at an hour of the day (in the practice's zone) when its
 * history shows almost no activity, as a stolen account used at night would. Accounts with too little history
 * are not judged. Only notifies.
 */
final class UnusualHoursRule implements DetectionRule {

    static final String NAME = "unusual-hours";

    private final RuleThresholds thresholds;
    private final BaselineCache baselines;
    private final ZoneId zone;
    private final AlertWording wording;

    UnusualHoursRule(RuleThresholds thresholds, BaselineCache baselines, ZoneId zone, AlertWording wording) {
        this.thresholds = thresholds;
        this.baselines = baselines;
        this.zone = zone;
        this.wording = wording;
    }

    @Override
    public Optional<RaisedAlert> judge(RecordedEvent recorded) {
        AuditEvent event = recorded.event();
        if (!event.action().isDataAccess()) {
            return Optional.empty();
        }
        long[] byHour = baselines.eventsByHourOfDay(event.actor(), recorded.time());
        long history = Arrays.stream(byHour).sum();
        int hour = recorded.time().atZone(zone).getHour();
        if (history < thresholds.unusualHoursMinHistory()
                || byHour[hour] >= thresholds.unusualHoursShare() * history) {
            return Optional.empty();
        }
        return Optional.of(new RaisedAlert(NAME, event.actor(), event.clientAddress(), recorded.time(), Alert.NOTIFY,
                "Patient data reached at " + wording.clock(recorded.time()) + ", an hour that holds " + byHour[hour]
                        + " of this account's " + history + " past events (under "
                        + wording.percent(thresholds.unusualHoursShare()) + ")."));
    }
}
