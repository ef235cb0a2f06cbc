package org.cabinet.audit.internal.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.RecordedEvent;

/**
 * Judges audit events as they are recorded and raises alerts on intruder-like behaviour: {@value
 * DistinctPatientsRule#NAME}, {@value BruteForceRule#NAME}, {@value NoCareRelationshipRule#NAME} and {@value
 * UnusualHoursRule#NAME}. Once a rule fired for an actor (or an address) it stays silent about it for the quiet
 * period, unless it now asks for a stronger response.
 *
 * <p>Time is the events' own: windows slide with {@link RecordedEvent#time()}, never with the wall clock, so a
 * replay judges as the first pass did. State lives in memory, bounded by the windows and by a limit on the actors
 * and addresses held; {@link #replay} warms it up after a restart, {@link #remember} restores quiet periods.
 * Thread-safe.
 */
public final class DetectionRules {

    // A hard limit on top of time-based eviction: a flood of addresses or accounts within one window cannot
    // exhaust memory (beyond it, the least recently seen are forgotten first).
    static final int MAX_TRACKED_KEYS = 50_000;

    private final List<DetectionRule> rules;
    private final BaselineCache baselines;
    private final QuietPeriods quietPeriods;

    /**
     * @param thresholds the rules' limits
     * @param baselines  the accounts' usual activity
     * @param zone       the practice's time zone, for hours of the day and the times written in alerts
     */
    public DetectionRules(RuleThresholds thresholds, ActivityBaselines baselines, ZoneId zone) {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(baselines, "baselines");
        Objects.requireNonNull(zone, "zone");
        AlertWording wording = new AlertWording(zone);
        this.baselines = new BaselineCache(baselines, MAX_TRACKED_KEYS);
        this.quietPeriods = new QuietPeriods(thresholds.quietPeriod(), MAX_TRACKED_KEYS);
        this.rules = List.of(
                new DistinctPatientsRule(thresholds, this.baselines, wording, MAX_TRACKED_KEYS),
                new BruteForceRule(thresholds, wording, MAX_TRACKED_KEYS),
                new NoCareRelationshipRule(wording),
                new UnusualHoursRule(thresholds, this.baselines, zone, wording),
                new InactiveAccountRule(wording));
    }

    /**
     * Takes an event into the rules' windows and judges it.
     *
     * @return the alerts the event raises, none most of the time
     */
    public synchronized List<RaisedAlert> evaluate(RecordedEvent recorded) {
        List<RaisedAlert> raised = new ArrayList<>(1);
        judge(recorded, raised);
        return raised;
    }

    /**
     * Evaluates events in the order given, as one batch of the audit writer.
     *
     * @return the alerts raised, in the order of the events that raised them
     */
    public synchronized List<RaisedAlert> evaluateAll(List<RecordedEvent> events) {
        List<RaisedAlert> raised = new ArrayList<>(1);
        events.forEach(recorded -> judge(recorded, raised));
        return raised;
    }

    /**
     * Takes recent events (in their order, e.g. the last hour from the database at start) into the rules' windows
     * without judging them: they were judged when they were recorded.
     */
    public synchronized void replay(List<RecordedEvent> events) {
        for (RecordedEvent recorded : events) {
            forgetExpired(requireTimed(recorded).time());
            rules.forEach(rule -> rule.record(recorded));
        }
    }

    /**
     * Restores the quiet period of an alert raised before a restart, so that the same alert is not raised again
     * for what was already reported. An alert whose quiet period is over changes nothing.
     */
    public synchronized void remember(Alert alert) {
        quietPeriods.remember(Objects.requireNonNull(alert, "alert"));
    }

    /** @return how many actors and addresses (windows, quiet periods, baselines) are held in memory */
    synchronized int trackedKeys() {
        return rules.stream().mapToInt(DetectionRule::trackedKeys).sum() + quietPeriods.size() + baselines.size();
    }

    private void judge(RecordedEvent recorded, List<RaisedAlert> raised) {
        forgetExpired(requireTimed(recorded).time());
        for (DetectionRule rule : rules) {
            rule.record(recorded);
            rule.judge(recorded).filter(quietPeriods::admit).ifPresent(raised::add);
        }
    }

    private void forgetExpired(Instant now) {
        rules.forEach(rule -> rule.evictExpired(now));
        quietPeriods.evictExpired(now);
        baselines.evictExpired(now);
    }

    private static RecordedEvent requireTimed(RecordedEvent recorded) {
        Objects.requireNonNull(recorded, "recorded event");
        Objects.requireNonNull(recorded.time(), "recorded event time");
        Objects.requireNonNull(recorded.event(), "recorded event's event");
        return recorded;
    }
}
