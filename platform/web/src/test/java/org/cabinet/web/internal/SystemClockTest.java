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

    @Test
    void endpointOfTheRestRuntime() {
        assertThat(ServingAnnouncer.endpoint(new String[] { "http://127.0.0.1:8181" })).isEqualTo("http://127.0.0.1:8181/");
        assertThat(ServingAnnouncer.endpoint(java.util.List.of("http://10.0.0.2:8181/"))).isEqualTo("http://10.0.0.2:8181/");
    }
}
