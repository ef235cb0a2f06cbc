package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SystemClockTest {

    @Test
    void configuredZoneIsUsed() {
        assertThat(SystemClock.parse(" Indian/Reunion ")).isEqualTo(ZoneId.of("Indian/Reunion"));
    }

    @Test
    void aMistypedZoneFallsBackToParis() {
        assertThat(SystemClock.parse("Europe/Pariss")).isEqualTo(ZoneId.of("Europe/Paris"));
    }

}
