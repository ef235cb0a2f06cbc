package org.cabinet.persistence.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.api.audit.RecordedEvent;
import org.junit.jupiter.api.Test;

class AuditedChangesTest {

    private final RecordingLog log = new RecordingLog();
    private final AuditedChanges audited = new AuditedChanges(() -> Optional.of(log));

    @Test
    void aChangeIsRecordedWithWhoAskedAndWhatItWasAbout() throws Exception {
        String primary = audited.run("admin-martin", "keys-rotate", null, () -> "data-2026", key -> key);

        assertThat(primary).isEqualTo("data-2026");
        assertThat(log.events).containsExactly(new AuditEvent("admin-martin", "admin", null, AuditAction.ADMIN_CHANGE,
                "keys-rotate", "data-2026", AuditOutcome.SUCCESS, AccessBasis.NOT_APPLICABLE, "local"));
    }

    @Test
    void aFailedChangeIsRecordedAsAFailureAndStillFails() {
        assertThatThrownBy(() -> audited.<String>run("console", "keys-retire", "data-2025", () -> {
            throw new IllegalStateException("3 stored values are still sealed under data-2025");
        }, key -> key)).isInstanceOf(IllegalStateException.class).hasMessageContaining("still sealed");

        assertThat(log.events).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(event.resourceId()).isEqualTo("data-2025");
        });
    }

    @Test
    void aTargetThatIsNoIdentifierIsLeftOutOfTheEventNotOutOfTheLog() {
        assertThatThrownBy(() -> audited.<String>run("console", "keys-retire", "no such key", () -> {
            throw new IllegalArgumentException("There is no data key no such key");
        }, key -> key)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("There is no data key");

        assertThat(log.events).singleElement().satisfies(event -> assertThat(event.resourceId()).isNull());
    }

    @Test
    void withoutAnAuditLogNothingIsChanged() {
        AtomicBoolean changed = new AtomicBoolean();
        AuditedChanges withoutLog = new AuditedChanges(Optional::empty);

        assertThatThrownBy(() -> withoutLog.run("console", "keys-rotate", null, () -> changed.getAndSet(true),
                done -> null)).isInstanceOf(AuditUnavailableException.class)
                .hasMessage("The audit log is not running: keys-rotate is refused until it can record the change.");
        assertThat(changed).isFalse();
    }

    @Test
    void aChangeTheLogCouldNotRecordIsNotAcknowledgedAsDone() {
        log.refuse = true;

        assertThatThrownBy(() -> audited.run("console", "keys-rotate", null, () -> "data-2026", key -> key))
                .isInstanceOf(AuditUnavailableException.class)
                .hasMessageStartingWith("keys-rotate was done, but the audit log could not record it");
    }

    /** An audit log that keeps what it is given, or refuses it as a log that cannot write would. */
    private static final class RecordingLog implements AuditLog {
        private final List<AuditEvent> events = new ArrayList<>();
        private boolean refuse;

        @Override
        public RecordedEvent append(AuditEvent event) {
            if (refuse) {
                throw new AuditUnavailableException("the disk is full", null);
            }
            events.add(event);
            return new RecordedEvent(events.size(), Instant.EPOCH, "test", event, "0".repeat(64));
        }
    }
}
