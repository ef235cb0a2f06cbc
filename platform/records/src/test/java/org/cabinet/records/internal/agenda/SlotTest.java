package org.cabinet.records.internal.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Slots are half-open: one appointment may start when the previous ends. */
class SlotTest {

    private static final Slot NINE = new Slot("dr", null, at("09:00"), at("09:20"));

    @Test
    void slotsThatShareAnInstantOverlap() {
        assertThat(NINE.overlaps(at("09:10"), at("09:30"))).isTrue();
        assertThat(NINE.overlaps(at("08:50"), at("09:05"))).isTrue();
        assertThat(NINE.overlaps(at("09:05"), at("09:10"))).as("within").isTrue();
        assertThat(NINE.overlaps(at("08:00"), at("12:00"))).as("around").isTrue();
        assertThat(NINE.overlaps(at("09:00"), at("09:20"))).as("the same").isTrue();
    }

    @Test
    void slotsThatOnlyTouchDoNot() {
        assertThat(NINE.overlaps(at("09:20"), at("09:40"))).isFalse();
        assertThat(NINE.overlaps(at("08:40"), at("09:00"))).isFalse();
        assertThat(NINE.overlaps(at("10:00"), at("10:20"))).isFalse();
    }

    private static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + ":00Z");
    }
}
