package org.cabinet.audit.internal.rules;

import java.time.Instant;
import java.util.Optional;

import org.cabinet.api.audit.Alert;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.RecordedEvent;

/**
 * {@value #NAME}: failed logins from one address for many accounts (password spraying) or in great number
 * (guessing), within a sliding window; and every account lockout. Only notifies: an address is not an account,
 * and throttling it is the identity service's work.
 */
final class BruteForceRule implements DetectionRule {

    static final String NAME = "brute-force";

    private final RuleThresholds thresholds;
    private final AlertWording wording;
    private final ExpiringMap<AddressFailures> failuresByAddress;

    BruteForceRule(RuleThresholds thresholds, AlertWording wording, int maxAddresses) {
        this.thresholds = thresholds;
        this.wording = wording;
        this.failuresByAddress = new ExpiringMap<>(maxAddresses);
    }

    /** The failed logins from one address within the window. */
    private static final class AddressFailures {
        final RecentDistinct accounts;
        final RecentCount failures;

        AddressFailures(RuleThresholds thresholds) {
            accounts = new RecentDistinct(thresholds.bruteForceWindow(), thresholds.bruteForceAccounts());
            failures = new RecentCount(thresholds.bruteForceWindow(), thresholds.bruteForceFailures());
        }
    }

    @Override
    public void record(RecordedEvent recorded) {
        AuditEvent event = recorded.event();
        if (event.action() == AuditAction.LOGIN_FAILURE) {
            Instant now = recorded.time();
            AddressFailures address = failuresByAddress.get(event.clientAddress(), now);
            if (address == null) {
                address = new AddressFailures(thresholds);
            }
            address.accounts.add(event.actor(), now);
            address.failures.add(now);
            failuresByAddress.put(event.clientAddress(), address, now.plus(thresholds.bruteForceWindow()));
        }
    }

    @Override
    public Optional<RaisedAlert> judge(RecordedEvent recorded) {
        AuditEvent event = recorded.event();
        if (event.action() == AuditAction.LOCKOUT) {
            return Optional.of(new RaisedAlert(NAME, event.actor(), event.clientAddress(), recorded.time(),
                    Alert.NOTIFY, "Account locked at " + wording.clock(recorded.time())
                            + " after repeated failed logins."));
        }
        AddressFailures address = event.action() == AuditAction.LOGIN_FAILURE
                ? failuresByAddress.get(event.clientAddress(), recorded.time())
                : null;
        if (address == null) {
            return Optional.empty();
        }
        Instant now = recorded.time();
        String window = wording.duration(thresholds.bruteForceWindow()) + " before " + wording.clock(now);
        if (address.accounts.count(now) >= thresholds.bruteForceAccounts()) {
            return Optional.of(addressAlert(recorded, "Failed logins for at least " + thresholds.bruteForceAccounts()
                    + " different accounts from this address in the " + window + "."));
        }
        if (address.failures.count(now) >= thresholds.bruteForceFailures()) {
            return Optional.of(addressAlert(recorded, "At least " + thresholds.bruteForceFailures()
                    + " failed logins from this address in the " + window + "."));
        }
        return Optional.empty();
    }

    @Override
    public void evictExpired(Instant now) {
        failuresByAddress.evictExpired(now);
    }

    @Override
    public int trackedKeys() {
        return failuresByAddress.size();
    }

    private static RaisedAlert addressAlert(RecordedEvent recorded, String detail) {
        return new RaisedAlert(NAME, null, recorded.event().clientAddress(), recorded.time(), Alert.NOTIFY, detail);
    }
}
